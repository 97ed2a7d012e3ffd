package br.com.atende.cases.intake;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The inbound settings as the administrators' page shows them, from the settings saved on the page
 * or else the system properties (see {@link MailboxSettings}); the password is never shown, only
 * whether one is saved. {@code on} is false when inbound email is off (host, user or intake
 * defaults missing). {@code changedBy} and {@code changedAt} are null while the system properties
 * apply.
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
    String intakeDefaults,
    boolean tls,
    boolean passwordSaved,
    String changedBy,
    LocalDateTime changedAt)
    implements Serializable {}
