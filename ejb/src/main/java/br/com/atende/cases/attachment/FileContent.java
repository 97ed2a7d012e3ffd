package br.com.atende.cases.attachment;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a file, read as a stream when needed: an upload waiting on disk or an attachment in
 * the store, so that 25 MB never have to sit in memory at once.
 */
@FunctionalInterface
public interface FileContent {

  InputStream open() throws IOException;
}
