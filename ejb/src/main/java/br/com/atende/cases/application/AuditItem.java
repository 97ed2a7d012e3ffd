package br.com.atende.cases.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of a case's audit trail: which field, from what, to what, by whom, when. */
public record AuditItem(
    String field, String oldValue, String newValue, String changedBy, LocalDateTime changedAt)
    implements Serializable {}
