package br.com.atende.cases.intake;

import java.util.Optional;

/**
 * The support mailbox read over IMAP: system properties {@code atende.imap.host}, {@code
 * atende.imap.port} (143), {@code atende.imap.user}, {@code atende.imap.password}, {@code
 * atende.imap.folder} (INBOX). Inbound email is off unless host and user are set.
 */
public record MailboxSettings(String host, int port, String user, String password, String folder) {

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
            System.getProperty("atende.imap.folder", "INBOX")));
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
