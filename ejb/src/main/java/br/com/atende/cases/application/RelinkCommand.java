package br.com.atende.cases.application;

import jakarta.validation.constraints.NotNull;

/** Who a case is for and who represents it, as the agent saves them (SPEC C1). */
public record RelinkCommand(
    long caseId,
    long expectedVersion,
    @NotNull(message = "{error.required}") Long partyId,
    Long contactId,
    Long representativeId,
    Long representativeContactId) {}
