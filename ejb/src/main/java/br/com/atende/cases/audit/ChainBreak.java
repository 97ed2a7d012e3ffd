package br.com.atende.cases.audit;

import java.time.LocalDateTime;

/**
 * The first place where the chain does not hold: the audit row named (its id, the case, when it was
 * written, the field) and why. {@code caseNumber} is null when neither the case nor a tombstone
 * tells it.
 */
public record ChainBreak(
    long auditId,
    long place,
    long caseId,
    String caseNumber,
    LocalDateTime changedAt,
    String field,
    Reason reason)
    implements java.io.Serializable {

  public enum Reason {
    /** The row's content or hash is not what was sealed. */
    ALTERED,
    /** Places before this row are missing: rows were deleted. */
    MISSING_BEFORE,
    /** The chain ends before the head it had reached: its last rows were deleted. */
    MISSING_AFTER
  }

  ChainBreak withCaseNumber(String number) {
    return new ChainBreak(auditId, place, caseId, number, changedAt, field, reason);
  }
}
