package br.com.atende.cases.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.atende.shared.InvalidInputException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttachmentLimitsTest {

  @Test
  void aPostOfExactly25MbIsWithinTheLimit() {
    AttachmentLimits.requireWithinPost(
        List.of(declared("a.pdf", 20L * 1024 * 1024), declared("b.pdf", 5L * 1024 * 1024)));
  }

  @Test
  void thePostLimitCountsEveryFileAndNamesTheOneThatCrossesIt() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                AttachmentLimits.requireWithinPost(
                    List.of(
                        declared("a.pdf", 20L * 1024 * 1024),
                        declared("b.pdf", 5L * 1024 * 1024 + 1),
                        declared("c.pdf", 1))));
    assertEquals("error.attachment.tooLarge", refused.messageKey());
    assertEquals("attachments", refused.field());
    assertEquals("b.pdf", refused.arguments()[0]);
  }

  @Test
  void anEmptyFileIsRefusedByName() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                AttachmentLimits.requireWithinPost(
                    List.of(AttachmentUpload.of("v.txt", new byte[0]))));
    assertEquals("error.attachment.empty", refused.messageKey());
    assertEquals("v.txt", refused.arguments()[0]);
  }

  @Test
  void anUploadOfUnknownSizeIsLeftToTheStoreToCount() {
    AttachmentLimits.requireWithinPost(List.of(declared("a.pdf", -1)));
  }

  private static AttachmentUpload declared(String name, long size) {
    return new AttachmentUpload(name, size, () -> InputStream.nullInputStream());
  }
}
