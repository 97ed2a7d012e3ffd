package br.com.atende.cases.application;

import br.com.atende.cases.attachment.FileContent;
import java.io.IOException;
import java.io.InputStream;

/**
 * An attachment to send to the viewer: its name, its recognized content type, its size and its
 * bytes, streamed from the store when {@link #open()} is called.
 */
public record AttachmentDownload(
    String fileName, String contentType, long sizeBytes, FileContent content) {

  public InputStream open() throws IOException {
    return content.open();
  }
}
