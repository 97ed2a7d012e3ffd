package br.com.atende.cases.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A contact's details as an agent saves them from a case, with the version the agent saw. */
public record EditContactCommand(
    long caseId,
    long contactId,
    long expectedVersion,
    @NotBlank(message = "{error.required}") @Size(max = 120, message = "{error.tooLong}")
        String name,
    @Size(max = 254, message = "{error.tooLong}") String email,
    @Size(max = 40, message = "{error.tooLong}") String phone) {}
