package br.com.atende.faq.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A publishable note of a case the viewer may see (the knowledge page). */
public record KnowledgeItem(
    long entryId,
    long caseId,
    String caseNumber,
    String subject,
    String authorName,
    LocalDateTime createdAt,
    String body)
    implements Serializable {}
