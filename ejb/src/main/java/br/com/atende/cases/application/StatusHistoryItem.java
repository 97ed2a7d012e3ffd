package br.com.atende.cases.application;

import br.com.atende.cases.model.CaseStatus;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A row of the status history panel. */
public record StatusHistoryItem(
    CaseStatus fromStatus,
    CaseStatus toStatus,
    String changedByName,
    LocalDateTime changedAt,
    LocalDateTime scheduledFor)
    implements Serializable {}
