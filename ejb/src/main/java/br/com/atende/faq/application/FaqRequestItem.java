package br.com.atende.faq.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A request waiting in the supervisor's review queue. */
public record FaqRequestItem(
    long id,
    String question,
    String answer,
    String requesterName,
    LocalDateTime requestedAt,
    Long sourceCaseId,
    String sourceCaseNumber,
    long version)
    implements Serializable {}
