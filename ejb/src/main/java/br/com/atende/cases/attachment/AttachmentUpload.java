package br.com.atende.cases.attachment;

import java.io.ByteArrayInputStream;
import java.util.Objects;

/**
 * A file an agent attaches to a post. Only its name and bytes count: the content type the browser
 * declared is never trusted, so it is not even carried (the type is recognized from the bytes).
 *
 * @param fileName as the agent's computer named it; reduced to its last path segment, without
 *     control characters, at most 255 characters
 * @param size the size the upload declares, checked against the limit before anything is written
 *     (the bytes actually read are checked again); negative when unknown
 */
public record AttachmentUpload(String fileName, long size, FileContent content) {

  private static final int MAX_NAME = 255;

  public AttachmentUpload {
    fileName = cleanName(fileName);
    Objects.requireNonNull(content);
  }

  public static AttachmentUpload of(String fileName, byte[] bytes) {
    byte[] copy = bytes.clone();
    return new AttachmentUpload(fileName, copy.length, () -> new ByteArrayInputStream(copy));
  }

  /**
   * "C:\Users\ana\contrato.pdf" is "contrato.pdf": old browsers send the whole path. The name is
   * only ever shown and offered back on download; the file on disk is named by a random key.
   */
  static String cleanName(String name) {
    if (name == null) {
      return "";
    }
    String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    String clean = last.replaceAll("\\p{Cntrl}", "").strip();
    if (clean.length() <= MAX_NAME) {
      return clean;
    }
    // Too long: shorten the base name and keep the extension, which decides the type.
    int dot = clean.lastIndexOf('.');
    String extension = dot < 0 || clean.length() - dot > 16 ? "" : clean.substring(dot);
    return clean.substring(0, MAX_NAME - extension.length()) + extension;
  }
}
