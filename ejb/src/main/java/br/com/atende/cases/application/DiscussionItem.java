package br.com.atende.cases.application;

import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.DiscussionKind;
import java.time.LocalDateTime;

/** A discussion entry as the case page lists it. */
public record DiscussionItem(
    long id,
    DiscussionKind kind,
    String authorName,
    LocalDateTime createdAt,
    String body,
    CaseStatus fromStatus,
    CaseStatus toStatus,
    boolean internal,
    boolean publishable) {}
