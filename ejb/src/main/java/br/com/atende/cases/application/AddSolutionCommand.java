package br.com.atende.cases.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A solution presented or a test made, as rich text from the editor. */
public record AddSolutionCommand(
    long caseId,
    @NotBlank(message = "{error.required}") @Size(max = 100000, message = "{error.tooLong}")
        String text) {}
