package br.com.atende.cases.intake;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The mailbox in force: an administrator's saved settings ({@link MailboxConfiguration}) when there
 * are some, else the {@code atende.imap.*} system properties ({@link MailboxSettings#fromSystem}).
 */
@Dependent
public class ConfiguredMailbox {

  @PersistenceContext private EntityManager em;

  @Inject private PasswordSeal seal;

  public Optional<MailboxSettings> current() {
    MailboxConfiguration saved = saved();
    if (saved == null) {
      return MailboxSettings.fromSystem();
    }
    return Optional.of(
        MailboxSettings.systemOrDefaults()
            .saved(
                saved.getHost(),
                saved.getPort(),
                saved.getUser(),
                saved.hasPassword() ? seal.open(saved.getPasswordSealed()) : "",
                saved.getFolder(),
                saved.isTls()));
  }

  /** Seconds between two readings of the mailbox. */
  public long pollSeconds() {
    MailboxConfiguration saved = saved();
    return saved == null ? MailboxSettings.systemPollSeconds() : saved.getPollSeconds();
  }

  /** The administrator's settings, or null while the system properties apply. */
  MailboxConfiguration saved() {
    return em.find(MailboxConfiguration.class, MailboxConfiguration.ID);
  }
}
