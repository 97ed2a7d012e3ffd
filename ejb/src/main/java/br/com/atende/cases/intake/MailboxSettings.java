package br.com.atende.cases.intake;

import java.util.Optional;

/**
 * The support mailbox read over IMAP: system properties {@code atende.imap.host}, {@code
 * atende.imap.port} (143), {@code atende.imap.user}, {@code atende.imap.password}, {@code
 * atende.imap.folder} (INBOX), {@code atende.imap.address} (the mailbox's own address, whose mail
 * is never imported; default none besides the support address of the outgoing mail) and {@code
 * atende.imap.max-message-mb} (50: a larger message is kept aside unread), {@code atende.imap.tls}
 * (false: IMAP over TLS, "imaps", when true). Inbound email is off unless host and user are set. An
 * administrator's settings saved on the mailbox page ({@link MailboxConfiguration}) take the place
 * of host, port, user, password, folder, TLS and interval.
 */
public record MailboxSettings(
    String host,
    int port,
    String user,
    String password,
    String folder,
    String address,
    long maxMessageBytes,
    boolean tls) {

  /** Messages larger than this are kept aside unread, unless configured otherwise. */
  public static final long DEFAULT_MAX_MESSAGE_MB = 50;

  /** Default of the reading interval, in seconds. */
  public static final long DEFAULT_POLL_SECONDS = 60;

  public MailboxSettings(String host, int port, String user, String password, String folder) {
    this(host, port, user, password, folder, null, DEFAULT_MAX_MESSAGE_MB * 1024 * 1024);
  }

  /** Without TLS: plain IMAP (a local or tunnelled mailbox). */
  public MailboxSettings(
      String host,
      int port,
      String user,
      String password,
      String folder,
      String address,
      long maxMessageBytes) {
    this(host, port, user, password, folder, address, maxMessageBytes, false);
  }

  /** The same mailbox at another address, as an administrator saved it. */
  MailboxSettings saved(
      String host, int port, String user, String password, String folder, boolean tls) {
    return new MailboxSettings(host, port, user, password, folder, address, maxMessageBytes, tls);
  }

  /** The system properties' interval: {@code atende.imap.poll-seconds}. */
  public static long systemPollSeconds() {
    return Long.getLong("atende.imap.poll-seconds", DEFAULT_POLL_SECONDS);
  }

  /**
   * The system properties' mailbox, or, when they name none, one with the defaults of the other
   * settings (folder, size cap, own address), for an administrator's saved host and user.
   */
  static MailboxSettings systemOrDefaults() {
    return fromSystem()
        .orElseGet(
            () ->
                new MailboxSettings(
                    "",
                    143,
                    "",
                    "",
                    "INBOX",
                    System.getProperty("atende.imap.address"),
                    maxMessageBytesOfSystem()));
  }

  private static long maxMessageBytesOfSystem() {
    long maxMb = Long.getLong("atende.imap.max-message-mb", DEFAULT_MAX_MESSAGE_MB);
    return (maxMb > 0 ? maxMb : DEFAULT_MAX_MESSAGE_MB) * 1024 * 1024;
  }

  public static Optional<MailboxSettings> fromSystem() {
    String host = System.getProperty("atende.imap.host");
    String user = System.getProperty("atende.imap.user");
    if (host == null || host.isBlank() || user == null || user.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        new MailboxSettings(
            host,
            Integer.getInteger("atende.imap.port", 143),
            user,
            System.getProperty("atende.imap.password", ""),
            System.getProperty("atende.imap.folder", "INBOX"),
            System.getProperty("atende.imap.address"),
            maxMessageBytesOfSystem(),
            Boolean.getBoolean("atende.imap.tls")));
  }

  /**
   * Where new cases from email go: {@code atende.inbound.department-id}, {@code
   * atende.inbound.opener-id} (the agent recorded as opener), {@code atende.inbound.party-id} (the
   * party of unknown senders), {@code atende.inbound.case-type-id}; empty unless all are set.
   */
  public static Optional<EmailIntake.Defaults> intakeDefaults() {
    Long department = Long.getLong("atende.inbound.department-id");
    Long opener = Long.getLong("atende.inbound.opener-id");
    Long party = Long.getLong("atende.inbound.party-id");
    Long caseType = Long.getLong("atende.inbound.case-type-id");
    if (department == null || opener == null || party == null || caseType == null) {
      return Optional.empty();
    }
    return Optional.of(new EmailIntake.Defaults(department, opener, party, caseType));
  }
}
