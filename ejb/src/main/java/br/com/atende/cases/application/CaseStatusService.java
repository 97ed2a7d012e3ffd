package br.com.atende.cases.application;

import static br.com.atende.shared.InvalidInputException.requireValid;

import br.com.atende.calendar.application.WorkingDays;
import br.com.atende.cases.bell.Bell;
import br.com.atende.cases.model.AccessRule;
import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.CaseAudit;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.DiscussionEntry;
import br.com.atende.cases.model.DueDateRule;
import br.com.atende.cases.model.Forwarding;
import br.com.atende.cases.model.StatusChange;
import br.com.atende.cases.model.StatusTransitions;
import br.com.atende.cases.notification.CaseMail;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The status lifecycle of a case (SPEC C3): every change checked against the transition table and
 * the viewer's right to make it, recorded as a status-history row and a STATUS_CHANGE discussion
 * entry, in one transaction.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class CaseStatusService {

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private CaseAccess access;

  @Inject private Validator validator;

  @Inject private Clock clock;

  @Inject private CaseMail caseMail;

  @Inject private Bell bell;

  @Inject private WorkingDays workingDays;

  @Inject private Instance<ConclusionRule> conclusionRules;

  /** Moves the case; returns its new version for the page to keep working with. */
  public long changeStatus(ChangeStatusCommand command) {
    requireValid(validator, command);
    Agent agent = agents.currentAgent();
    Case supportCase = access.forChange(command.caseId(), command.expectedVersion(), agent);
    if (!supportCase.mayBeMovedBy(agent, command.status())) {
      throw new BusinessException("error.status.notHolder", "status");
    }
    if (!command.status().isOpen() && access.hasOpenEscalations(supportCase)) {
      throw new BusinessException("error.escalation.openChildren", "status");
    }
    conclusionRules.forEach(rule -> rule.check(supportCase, command.status()));
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDateTime due =
        DueDateRule.dueOnEntering(
            command.status(),
            supportCase.getDueDate(),
            now,
            command.scheduledFor(),
            command.agreedDate(),
            day -> workingDays.nextWorkingDay(supportCase.getCompany().getId(), day));
    Forwarding taken = supportCase.takingRecord(command.status(), agent, now);
    StatusChange change =
        supportCase.changeStatus(command.status(), agent, now, command.scheduledFor());
    if (taken != null) {
      // Taking a case by its status is a link ("me vincular") and leaves the same record.
      em.persist(taken);
      em.persist(DiscussionEntry.forwarding(supportCase, taken));
    }
    // The due date follows the new status (seed 001 §2.1); concluding clears the overdue flag.
    supportCase.followDueDate(due, agent, now).forEach(em::persist);
    supportCase.recordContact(now);
    em.persist(change);
    em.persist(DiscussionEntry.statusChange(supportCase, change, command.note()));
    // Seed 004 §4.5: a concluded case has no informational status left.
    supportCase.endInformationalStatusIfClosed(agent, now).forEach(em::persist);
    if (command.status() == CaseStatus.NOTIFIED) {
      // In this transaction: the notification (and its answer link) exists iff the change does.
      caseMail.queueSolutionNotification(supportCase, agent);
    }
    bell.statusChanged(supportCase, agent);
    access.flush();
    return supportCase.getVersion();
  }

  /**
   * Turns the case's emails to the client on or off (seed 004 §2.1); the change is in the case's
   * history. Returns the new version.
   */
  public long notifyClient(long caseId, long expectedVersion, boolean on) {
    return changeAudited(caseId, expectedVersion, (c, by, now) -> c.notifyClient(on, by, now));
  }

  /**
   * Starts an informational status the client sees in the case's emails and on the response page
   * (seed 004 §4.5), with an optional message. Returns the new version.
   */
  public long startInformationalStatus(
      long caseId, long expectedVersion, String status, String message) {
    return changeAudited(
        caseId,
        expectedVersion,
        (c, by, now) -> c.startInformationalStatus(status, message, by, now));
  }

  /** Ends the started informational status ("Encerrar status atual"). */
  public long endInformationalStatus(long caseId, long expectedVersion) {
    return changeAudited(caseId, expectedVersion, Case::endInformationalStatus);
  }

  /**
   * A voicemail message was left for the client; until cleared it blocks scheduling and concluding.
   */
  public long recordVoicemail(long caseId, long expectedVersion) {
    return changeAudited(caseId, expectedVersion, Case::recordVoicemail);
  }

  public long clearVoicemail(long caseId, long expectedVersion) {
    return changeAudited(caseId, expectedVersion, Case::clearVoicemail);
  }

  /** A change of the case that leaves audit rows (SPEC C10). */
  private interface AuditedChange {
    List<CaseAudit> apply(Case supportCase, Agent by, LocalDateTime now);
  }

  /** The same as {@link #change} for a change whose audit rows are stored with it. */
  private long changeAudited(long caseId, long expectedVersion, AuditedChange change) {
    Agent agent = agents.currentAgent();
    Case supportCase = access.forChange(caseId, expectedVersion, agent);
    change.apply(supportCase, agent, LocalDateTime.now(clock)).forEach(em::persist);
    access.flush();
    return supportCase.getVersion();
  }

  /**
   * Applies a change by the current agent to the version of the case it saw; returns the new
   * version.
   */
  private long change(long caseId, long expectedVersion, BiConsumer<Case, Agent> change) {
    Agent agent = agents.currentAgent();
    Case supportCase = access.forChange(caseId, expectedVersion, agent);
    change.accept(supportCase, agent);
    access.flush();
    return supportCase.getVersion();
  }

  /** The statuses the viewer may move the case to now (what the page offers). */
  public Set<CaseStatus> nextStatuses(long caseId) {
    Agent agent = agents.currentAgent();
    // Two columns suffice; loading the case would also load every to-one association (no weaving).
    Object[] current =
        access
            .ofVisibleCase(
                "SELECT c.status, c.holderId FROM Case c"
                    + " WHERE c.id = :case AND c.company.id = :company AND "
                    + AccessRule.JPQL,
                Object[].class,
                caseId,
                agent)
            .getResultStream()
            .findFirst()
            .orElseThrow(NotFoundException::new);
    CaseStatus status = (CaseStatus) current[0];
    Long holderId = (Long) current[1];
    return StatusTransitions.from(status).stream()
        .filter(target -> Case.mayBeMoved(status, holderId, agent, target))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseStatus.class)));
  }

  /** One page of the case's status history, oldest first. */
  public List<StatusHistoryItem> statusHistory(long caseId, PageRequest page) {
    Agent viewer = agents.currentAgent();
    return access
        .ofVisibleCase(
            "SELECT NEW br.com.atende.cases.application.StatusHistoryItem(s.fromStatus, s.toStatus, a.name,"
                + " s.changedAt, s.scheduledFor)"
                + " FROM StatusChange s JOIN s.supportCase c JOIN s.changedBy a"
                + " WHERE c.id = :case AND c.company.id = :company AND "
                + AccessRule.JPQL
                + " ORDER BY s.changedAt, s.id",
            StatusHistoryItem.class,
            caseId,
            viewer)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long countStatusHistory(long caseId) {
    Agent viewer = agents.currentAgent();
    return access
        .ofVisibleCase(
            "SELECT COUNT(s) FROM StatusChange s JOIN s.supportCase c"
                + " WHERE c.id = :case AND c.company.id = :company AND "
                + AccessRule.JPQL,
            Long.class,
            caseId,
            viewer)
        .getSingleResult();
  }
}
