package br.com.atende.mail.application;

import java.nio.file.Path;

/**
 * Where the bytes of a file an email carries are, by its storage key. Implemented by the area that
 * stores the files (the case attachments' store; CDI finds it): mail only sends them, so it does
 * not depend on the cases that own them.
 */
public interface StoredFiles {

  Path pathOf(String storageKey);
}
