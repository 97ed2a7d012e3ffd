package br.com.atende.cases.intake;

import static br.com.atende.shared.InvalidInputException.requireValid;

import br.com.atende.administration.application.AdminLog;
import br.com.atende.administration.model.AdminLogEntry.Action;
import br.com.atende.administration.model.AdminLogEntry.Kind;
import br.com.atende.mail.application.MailSettings;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The administrators' side of the support mailbox: its settings, read and saved, a test of the
 * connection, and the messages kept aside, paged in the database. The replies waiting in quarantine
 * are {@link ReplyQuarantine}'s, which agents who may write to their case decide too.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class MailboxReview {

  @PersistenceContext private EntityManager em;

  @Inject private InboundMailbox mailbox;

  @Inject private Clock clock;

  @Inject private ConfiguredMailbox configured;

  @Inject private PasswordSeal seal;

  @Inject private Validator validator;

  @Inject private AdminLog log;

  @Inject private InboundMailPoller poller;

  @Resource private SessionContext context;

  /** The mailbox's settings in force (the password left out). */
  public MailboxOverview overview() {
    Optional<MailboxSettings> settings = configured.current();
    Optional<EmailIntake.Defaults> defaults = MailboxSettings.intakeDefaults();
    MailboxConfiguration saved = configured.saved();
    return new MailboxOverview(
        settings.isPresent() && defaults.isPresent(),
        settings.map(MailboxSettings::host).orElse(null),
        settings.map(MailboxSettings::port).orElse(null),
        settings.map(MailboxSettings::user).orElse(null),
        settings.map(MailboxSettings::folder).orElse(null),
        settings
            .map(s -> s.maxMessageBytes() / (1024 * 1024))
            .orElse(MailboxSettings.DEFAULT_MAX_MESSAGE_MB),
        configured.pollSeconds(),
        MailSettings.supportAddress(null),
        defaults
            .map(
                d ->
                    "department "
                        + d.departmentId()
                        + ", opener "
                        + d.openerId()
                        + ", party "
                        + d.partyId()
                        + ", case type "
                        + d.caseTypeId())
            .orElse(null),
        settings.map(MailboxSettings::tls).orElse(false),
        saved != null
            ? saved.hasPassword()
            : settings.map(s -> !s.password().isEmpty()).orElse(false),
        saved == null ? null : saved.getChangedBy(),
        saved == null ? null : saved.getChangedAt());
  }

  /**
   * Saves the mailbox's settings, in place of the system properties from now on: validated field by
   * field (the message names the field), the password sealed (a blank one keeps the saved password;
   * there must be one), the change written to the administrators' log without the password, and the
   * reading interval applied at once.
   */
  public void save(MailboxForm form) {
    requireValid(validator, form);
    MailboxConfiguration saved =
        em.find(
            MailboxConfiguration.class, MailboxConfiguration.ID, LockModeType.PESSIMISTIC_WRITE);
    boolean newPassword = form.imapPassword() != null && !form.imapPassword().isEmpty();
    if (!newPassword && (saved == null || !saved.hasPassword())) {
      throw new InvalidInputException("imapPassword", "error.required");
    }
    String sealed = newPassword ? seal.seal(form.imapPassword()) : null;
    String by = context.getCallerPrincipal().getName();
    LocalDateTime now = LocalDateTime.now(clock);
    Action action;
    if (saved == null) {
      saved = new MailboxConfiguration(form, sealed, now, by);
      em.persist(saved);
      action = Action.CREATED;
    } else {
      saved.change(form, sealed, now, by);
      action = Action.CHANGED;
    }
    log.record(
        by,
        Kind.MAILBOX,
        MailboxConfiguration.ID,
        action,
        saved.describe() + (newPassword ? ", password changed" : ""));
    poller.schedule(form.imapPollSeconds());
  }

  /**
   * Logs in to the mailbox in force and opens its folder; returns the server's error, or empty when
   * it worked.
   */
  public Optional<String> testConnection() {
    Optional<MailboxSettings> settings = configured.current();
    if (settings.isEmpty()) {
      return Optional.of("atende.imap.host / atende.imap.user");
    }
    try {
      mailbox.testConnection(settings.get());
      return Optional.empty();
    } catch (MessagingException | RuntimeException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }

  public List<KeptAsideMessage> keptAside(PageRequest page) {
    return em.createQuery(
            "SELECT NEW br.com.atende.cases.intake.KeptAsideMessage(m.id, m.messageId, m.sender,"
                + " m.subject, m.reason, m.receivedAt) FROM InboundMessage m"
                + " WHERE m.outcome = :kept ORDER BY m.receivedAt DESC, m.id DESC",
            KeptAsideMessage.class)
        .setParameter("kept", InboundImporter.Outcome.KEPT_ASIDE.name())
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long keptAsideCount() {
    return em.createQuery(
            "SELECT COUNT(m) FROM InboundMessage m WHERE m.outcome = :kept", Long.class)
        .setParameter("kept", InboundImporter.Outcome.KEPT_ASIDE.name())
        .getSingleResult();
  }
}
