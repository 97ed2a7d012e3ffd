package br.com.atende.cases.intake;

import br.com.atende.cases.application.CaseAccess;
import br.com.atende.cases.model.AccessRule;
import br.com.atende.mail.application.MailSettings;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The administrators' side of the support mailbox: its settings, a test of the connection, the
 * replies waiting in quarantine (of the cases the administrator may see), accepted or rejected one
 * at a time, and the messages kept aside. Lists are paged in the database.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class MailboxReview {

  private static final String QUARANTINE =
      " FROM InboundMessage m, Case c WHERE c.id = m.caseId AND m.outcome = :quarantined"
          + " AND c.company.id = :company AND "
          + AccessRule.JPQL;

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private CaseAccess access;

  @Inject private EmailIntake intake;

  @Inject private InboundMailbox mailbox;

  @Inject private Clock clock;

  /** The mailbox's settings as configured (the password left out). */
  public MailboxOverview overview() {
    Optional<MailboxSettings> settings = MailboxSettings.fromSystem();
    Optional<EmailIntake.Defaults> defaults = MailboxSettings.intakeDefaults();
    return new MailboxOverview(
        settings.isPresent() && defaults.isPresent(),
        settings.map(MailboxSettings::host).orElse(null),
        settings.map(MailboxSettings::port).orElse(null),
        settings.map(MailboxSettings::user).orElse(null),
        settings.map(MailboxSettings::folder).orElse(null),
        settings
            .map(s -> s.maxMessageBytes() / (1024 * 1024))
            .orElse(MailboxSettings.DEFAULT_MAX_MESSAGE_MB),
        Long.getLong("atende.imap.poll-seconds", 60),
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
            .orElse(null));
  }

  /**
   * Logs in to the configured mailbox and opens its folder; returns the server's error, or empty
   * when it worked.
   */
  public Optional<String> testConnection() {
    Optional<MailboxSettings> configured = MailboxSettings.fromSystem();
    if (configured.isEmpty()) {
      return Optional.of("atende.imap.host / atende.imap.user");
    }
    try {
      mailbox.testConnection(configured.get());
      return Optional.empty();
    } catch (MessagingException | RuntimeException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }

  public List<QuarantinedReply> quarantine(PageRequest page) {
    Agent viewer = agents.currentAgent();
    return CaseAccess.withAccessRule(
            em.createQuery(
                "SELECT NEW br.com.atende.cases.intake.QuarantinedReply(m.id, c.id, c.number,"
                    + " m.sender, m.subject, m.body, m.receivedAt)"
                    + QUARANTINE
                    + " ORDER BY m.receivedAt DESC, m.id DESC",
                QuarantinedReply.class),
            viewer)
        .setParameter("quarantined", InboundImporter.Outcome.QUARANTINED.name())
        .setParameter("company", viewer.getCompany().getId())
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long quarantineCount() {
    Agent viewer = agents.currentAgent();
    return CaseAccess.withAccessRule(
            em.createQuery("SELECT COUNT(m)" + QUARANTINE, Long.class), viewer)
        .setParameter("quarantined", InboundImporter.Outcome.QUARANTINED.name())
        .setParameter("company", viewer.getCompany().getId())
        .getSingleResult();
  }

  /** The quarantined reply becomes the case's client reply, shown as its sender's. */
  public void accept(long messageId) {
    Agent agent = agents.currentAgent();
    InboundMessage message = quarantined(messageId, agent);
    intake.appendAcceptedReply(
        message.getCaseId(), message.getSender(), message.getBody(), message.getReason());
    message.decide(InboundImporter.Outcome.ACCEPTED, agent.getId(), LocalDateTime.now(clock));
  }

  /** The quarantined reply is dropped; the record stays, so it is never imported again. */
  public void reject(long messageId) {
    Agent agent = agents.currentAgent();
    quarantined(messageId, agent)
        .decide(InboundImporter.Outcome.REJECTED, agent.getId(), LocalDateTime.now(clock));
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

  /** The message, locked, if it waits in quarantine for a case the agent may see. */
  private InboundMessage quarantined(long messageId, Agent agent) {
    InboundMessage message =
        em.find(InboundMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
    if (message == null || message.getCaseId() == null) {
      throw new NotFoundException();
    }
    access.visible(message.getCaseId(), agent);
    return message;
  }
}
