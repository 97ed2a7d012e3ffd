package br.com.atende.cases.application;

import br.com.atende.cases.attachment.AttachmentUpload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A note an agent adds to a case's discussion. The discussion is append-only, so a note never
 * conflicts with another agent's change and carries no version.
 *
 * @param internal for agents only, never shown to the client
 * @param publishable may appear on the knowledge page (never when internal)
 * @param attachments files posted with the note, up to 25 MB in all; stored with it or not at all
 */
public record AddNoteCommand(
    long caseId,
    @NotBlank(message = "{error.required}") @Size(max = 20000, message = "{error.tooLong}")
        String text,
    boolean internal,
    boolean publishable,
    List<AttachmentUpload> attachments) {

  public AddNoteCommand {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** A note without attachments. */
  public AddNoteCommand(long caseId, String text, boolean internal, boolean publishable) {
    this(caseId, text, internal, publishable, List.of());
  }
}
