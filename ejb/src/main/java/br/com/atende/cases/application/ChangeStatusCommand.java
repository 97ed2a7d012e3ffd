package br.com.atende.cases.application;

import br.com.atende.cases.model.CaseStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Moving a case to another status.
 *
 * @param expectedVersion the version of the case the agent was looking at
 * @param scheduledFor the date and time agreed with the client; required for SCHEDULED
 * @param note optional words for the discussion entry that records the change
 * @param agreedDate the day agreed with the client or third party; required for
 *     WAITING_THIRD_PARTY, it becomes the due date
 */
public record ChangeStatusCommand(
    long caseId,
    long expectedVersion,
    @NotNull(message = "{error.required}") CaseStatus status,
    LocalDateTime scheduledFor,
    @Size(max = 4000, message = "{error.tooLong}") String note,
    LocalDate agreedDate) {

  /** A change that needs no agreed date (every status but WAITING_THIRD_PARTY). */
  public ChangeStatusCommand(
      long caseId,
      long expectedVersion,
      CaseStatus status,
      LocalDateTime scheduledFor,
      String note) {
    this(caseId, expectedVersion, status, scheduledFor, note, null);
  }
}
