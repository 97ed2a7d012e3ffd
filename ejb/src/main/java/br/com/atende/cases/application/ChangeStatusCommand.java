package br.com.atende.cases.application;

import br.com.atende.cases.model.CaseStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * Moving a case to another status.
 *
 * @param expectedVersion the version of the case the agent was looking at
 * @param scheduledFor the date and time agreed with the client; required for SCHEDULED
 * @param note optional words for the discussion entry that records the change
 */
public record ChangeStatusCommand(
    long caseId,
    long expectedVersion,
    @NotNull(message = "{error.required}") CaseStatus status,
    LocalDateTime scheduledFor,
    @Size(max = 4000, message = "{error.tooLong}") String note) {}
