package br.com.atende.mail.application;

import br.com.atende.mail.model.OutboundEmail;
import java.io.Serializable;
import java.time.LocalDateTime;

/** An outbox email as the administrator's mail page lists it. */
public record OutboxEntry(
    long id,
    String recipient,
    String subject,
    OutboundEmail.Status status,
    int attempts,
    LocalDateTime createdAt,
    LocalDateTime sentAt,
    String lastError)
    implements Serializable {}
