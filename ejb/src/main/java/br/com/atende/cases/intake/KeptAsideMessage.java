package br.com.atende.cases.intake;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A received message kept aside (undecodable, too large): its identity, sender and subject as far
 * as they could be read, and why.
 */
public record KeptAsideMessage(
    long id,
    String messageId,
    String sender,
    String subject,
    String reason,
    LocalDateTime receivedAt)
    implements Serializable {}
