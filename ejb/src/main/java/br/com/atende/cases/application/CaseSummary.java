package br.com.atende.cases.application;

import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.Priority;
import java.time.LocalDateTime;

/** A case as a queue row shows it: one projection query, no entity graph. */
public record CaseSummary(
    long id,
    String number,
    String subject,
    String partyName,
    Priority priority,
    CaseStatus status,
    String holderName,
    LocalDateTime openedAt,
    LocalDateTime dueDate,
    boolean overdue) {}
