package br.com.atende.cases.intake;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A reply waiting in quarantine: the case it names, who sent it, its subject and text as received
 * (plain text, shown escaped).
 */
public record QuarantinedReply(
    long id,
    long caseId,
    String caseNumber,
    String sender,
    String subject,
    String text,
    LocalDateTime receivedAt)
    implements Serializable {}
