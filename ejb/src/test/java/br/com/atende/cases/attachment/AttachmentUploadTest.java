package br.com.atende.cases.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AttachmentUploadTest {

  @Test
  void aFileNameKeepsOnlyItsLastPathSegment() {
    assertEquals("contrato.pdf", AttachmentUpload.cleanName("C:\\Users\\ana\\contrato.pdf"));
    assertEquals("passwd.txt", AttachmentUpload.cleanName("../../etc/passwd.txt"));
  }

  @Test
  void controlCharactersAreDroppedFromAFileName() {
    assertEquals("a.pdf", AttachmentUpload.cleanName("a\r\n.pdf"));
    assertEquals("", AttachmentUpload.cleanName(null));
  }

  @Test
  void anOverlongFileNameIsShortenedKeepingItsExtension() {
    String name = AttachmentUpload.cleanName("x".repeat(400) + ".docx");
    assertEquals(255, name.length());
    assertTrue(name.endsWith(".docx"), name);
  }
}
