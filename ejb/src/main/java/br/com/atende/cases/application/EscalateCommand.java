package br.com.atende.cases.application;

import br.com.atende.cases.model.Priority;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an agent fills in to escalate a case (SPEC C5): the department asked to do a part of the
 * work, and what it is asked. The child case is internal: same client, no email to the client.
 */
public record EscalateCommand(
    long parentCaseId,
    @NotNull(message = "{error.required}") Long departmentId,
    @NotBlank(message = "{error.required}") @Size(max = 200, message = "{error.tooLong}")
        String subject,
    @NotBlank(message = "{error.required}") @Size(max = 20000, message = "{error.tooLong}")
        String request,
    @NotNull(message = "{error.required}") Priority priority) {}
