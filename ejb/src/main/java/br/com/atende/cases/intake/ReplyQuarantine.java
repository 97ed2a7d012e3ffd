package br.com.atende.cases.intake;

import br.com.atende.cases.application.CaseAccess;
import br.com.atende.cases.model.AccessRule;
import br.com.atende.cases.model.Case;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.CappedCount;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The replies waiting in quarantine (issue 17): listed within the access rule, and accepted or
 * rejected one at a time by whoever may write to their case (its holder, a member of the group
 * holding it, a supervisor of its department, while it is open) or by an administrator, as the
 * mailbox's keeper. Accepting makes the reply the case's client reply, with the files held with it.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class ReplyQuarantine {

  private static final String QUARANTINE =
      " FROM InboundMessage m, Case c WHERE c.id = m.caseId AND m.outcome = :quarantined"
          + " AND c.company.id = :company AND "
          + AccessRule.JPQL;

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private CaseAccess access;

  @Inject private EmailIntake intake;

  @Inject private Clock clock;

  /** The replies waiting for a case the agent may see, newest first. */
  public List<QuarantinedReply> page(PageRequest page) {
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

  /** How many wait, capped (the ids are read with a limit, never a full count). */
  public CappedCount count() {
    Agent viewer = agents.currentAgent();
    return CappedCount.count(
        CaseAccess.withAccessRule(em.createQuery("SELECT m.id" + QUARANTINE, Long.class), viewer)
            .setParameter("quarantined", InboundImporter.Outcome.QUARANTINED.name())
            .setParameter("company", viewer.getCompany().getId()));
  }

  /**
   * The quarantined reply becomes the case's client reply, shown as its sender's, with its files.
   */
  public void accept(long messageId) {
    Agent agent = agents.currentAgent();
    InboundMessage message = decidable(messageId, agent);
    intake.appendAcceptedReply(
        message.getCaseId(),
        message.getId(),
        message.getSender(),
        message.getBody(),
        message.getReason());
    message.decide(InboundImporter.Outcome.ACCEPTED, agent.getId(), LocalDateTime.now(clock));
  }

  /**
   * The quarantined reply is dropped with its files; the record stays, so it is never imported
   * again.
   */
  public void reject(long messageId) {
    Agent agent = agents.currentAgent();
    InboundMessage message = decidable(messageId, agent);
    message.decide(InboundImporter.Outcome.REJECTED, agent.getId(), LocalDateTime.now(clock));
    intake.dropRejectedReply(message.getId());
  }

  /**
   * The message, locked, if it waits in quarantine for a case the agent may see ("not found"
   * otherwise) and may decide: one who may write to the case, or an administrator.
   */
  private InboundMessage decidable(long messageId, Agent agent) {
    InboundMessage message =
        em.find(InboundMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
    if (message == null || message.getCaseId() == null) {
      throw new NotFoundException();
    }
    Case supportCase = access.visible(message.getCaseId(), agent);
    if (!agent.holds(Role.ADMIN)) {
      supportCase.requireWritableBy(agent);
    }
    return message;
  }
}
