package br.com.atende.cases.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * The inbound mailbox as an administrator saved it on the mailbox page (one row, id 1): it takes
 * the place of the {@code atende.imap.*} properties for host, port, user, password, folder, TLS and
 * reading interval. The password is kept sealed ({@link PasswordSeal}) and never read back to a
 * page.
 */
@Entity
@Table(name = "inbound_mailbox")
public class MailboxConfiguration {

  /** The one row's id. */
  static final long ID = 1;

  @Id private Long id;

  @Column(nullable = false, length = 255)
  private String host;

  @Column(nullable = false)
  private int port;

  @Column(name = "username", nullable = false, length = 255)
  private String user;

  @Column(name = "password_sealed", length = 1000)
  private String passwordSealed;

  @Column(nullable = false, length = 255)
  private String folder;

  @Column(name = "poll_seconds", nullable = false)
  private int pollSeconds;

  @Column(nullable = false)
  private boolean tls;

  @Column(name = "changed_at", nullable = false)
  private LocalDateTime changedAt;

  @Column(name = "changed_by", nullable = false, length = 60)
  private String changedBy;

  protected MailboxConfiguration() {}

  MailboxConfiguration(MailboxForm form, String passwordSealed, LocalDateTime at, String by) {
    this.id = ID;
    change(form, passwordSealed, at, by);
  }

  /** Takes the form's values; a null sealed password keeps the one saved before. */
  final void change(MailboxForm form, String sealed, LocalDateTime at, String by) {
    host = form.imapHost().strip();
    port = form.imapPort();
    user = form.imapUser().strip();
    if (sealed != null) {
      passwordSealed = sealed;
    }
    folder = form.imapFolder().strip();
    pollSeconds = form.imapPollSeconds();
    tls = form.tls();
    changedAt = at;
    changedBy = by;
  }

  boolean hasPassword() {
    return passwordSealed != null;
  }

  /** What an administrator reads in the log: everything but the password. */
  String describe() {
    return host
        + ":"
        + port
        + " "
        + user
        + " "
        + folder
        + " every "
        + pollSeconds
        + " s"
        + (tls ? " TLS" : "");
  }

  String getHost() {
    return host;
  }

  int getPort() {
    return port;
  }

  String getUser() {
    return user;
  }

  String getPasswordSealed() {
    return passwordSealed;
  }

  String getFolder() {
    return folder;
  }

  int getPollSeconds() {
    return pollSeconds;
  }

  boolean isTls() {
    return tls;
  }

  LocalDateTime getChangedAt() {
    return changedAt;
  }

  String getChangedBy() {
    return changedBy;
  }
}
