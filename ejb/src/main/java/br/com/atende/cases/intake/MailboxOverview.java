package br.com.atende.cases.intake;

import java.io.Serializable;

/**
 * The inbound settings as the administrators' page shows them (read from system properties, see
 * {@link MailboxSettings}); the password is never shown. {@code on} is false when inbound email is
 * off (host, user or intake defaults missing).
 */
public record MailboxOverview(
    boolean on,
    String host,
    Integer port,
    String user,
    String folder,
    long maxMessageMb,
    long pollSeconds,
    String supportAddress,
    String intakeDefaults)
    implements Serializable {}
