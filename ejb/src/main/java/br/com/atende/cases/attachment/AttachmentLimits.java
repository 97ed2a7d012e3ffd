package br.com.atende.cases.attachment;

import br.com.atende.shared.InvalidInputException;
import java.util.List;

/**
 * How much a post may carry (SPEC C2): 25 MB in all, counting every file of the post, and no empty
 * file. The web tier's multipart and request limits are set a little above this one, so that this
 * rule is the one an agent meets.
 */
public final class AttachmentLimits {

  public static final long MAX_BYTES_PER_POST = 25L * 1024 * 1024;

  static final String FIELD = "attachments";

  private AttachmentLimits() {}

  /**
   * Checks the sizes the uploads declare, before anything is written: refuses the first empty file,
   * or the file with which the post passes the limit, by name.
   */
  public static void requireWithinPost(List<AttachmentUpload> uploads) {
    long total = 0;
    for (AttachmentUpload upload : uploads) {
      if (upload.size() == 0) {
        throw empty(upload);
      }
      total += Math.max(upload.size(), 0);
      if (total > MAX_BYTES_PER_POST) {
        throw tooLarge(upload);
      }
    }
  }

  static InvalidInputException empty(AttachmentUpload upload) {
    return new InvalidInputException(FIELD, "error.attachment.empty", upload.fileName());
  }

  static InvalidInputException tooLarge(AttachmentUpload upload) {
    return new InvalidInputException(FIELD, "error.attachment.tooLarge", upload.fileName());
  }

  static InvalidInputException unacceptedType(AttachmentUpload upload) {
    return new InvalidInputException(FIELD, "error.attachment.type", upload.fileName());
  }
}
