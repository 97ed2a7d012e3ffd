package br.com.atende.cases.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A note an agent adds to a case's discussion. The discussion is append-only, so a note never
 * conflicts with another agent's change and carries no version.
 *
 * @param internal for agents only, never shown to the client
 * @param publishable may appear on the knowledge page (never when internal)
 */
public record AddNoteCommand(
    long caseId,
    @NotBlank(message = "{error.required}") @Size(max = 20000, message = "{error.tooLong}")
        String text,
    boolean internal,
    boolean publishable) {}
