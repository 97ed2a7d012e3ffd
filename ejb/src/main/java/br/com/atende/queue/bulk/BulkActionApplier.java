package br.com.atende.queue.bulk;

import br.com.atende.cases.application.CaseAccess;
import br.com.atende.cases.application.HandOverRecorder;
import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.HandOver;
import br.com.atende.cases.model.Understanding;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Applies a bulk action to one of its cases, in a transaction of its own, with the rules of the
 * agent who started it: the job's thread has no caller, so the starter is loaded by the id the
 * action recorded and every check a page's call gets is made against it here (an active agent or
 * supervisor, the access rule, the case's hands, the transfer permission). The case's outcome is
 * claimed in the same transaction as its change, so a case is changed once however often a
 * restarted job reads it again.
 *
 * <p>Open to any caller ({@code @PermitAll}) because the batch thread has no identity; that gives
 * nothing away: it takes no agent, text or target from its caller, only an action an agent started
 * and one of that action's cases still to do, and does exactly what that agent was allowed to.
 */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BulkActionApplier {

  @PersistenceContext private EntityManager em;

  @Inject private CaseAccess access;

  @Inject private HandOverRecorder handOvers;

  @Inject private Clock clock;

  /**
   * Applies the action to the case unless an earlier execution already did or refused it. Throws
   * the refusal (a {@link BusinessException}), which rolls this case's change and claim back.
   */
  public void apply(long actionId, long caseId) {
    if (!claim(actionId, caseId, BulkCaseOutcome.DONE, null)) {
      return;
    }
    BulkAction action = em.find(BulkAction.class, actionId);
    Agent by = em.find(Agent.class, action.getStartedById());
    if (by == null || !by.isActive() || !(by.holds(Role.AGENT) || by.holds(Role.SUPERVISOR))) {
      throw new BusinessException("error.bulk.starterMayNotAct");
    }
    // The access rule first, as for one case on its page: an unseen case is "not found".
    Case supportCase = access.visible(caseId, by);
    LocalDateTime now = LocalDateTime.now(clock);
    switch (action.getKind()) {
      case UNDERSTANDING -> {
        supportCase.requireWritableBy(by);
        em.persist(new Understanding(caseId, by, now, action.getBody()));
        access.recordFirstContact(List.of(caseId), now);
      }
      case TRANSFER -> {
        Department department = em.find(Department.class, action.getTargetDepartmentId());
        Agent agent =
            action.getTargetAgentId() == null
                ? null
                : em.find(Agent.class, action.getTargetAgentId());
        if (department == null) {
          throw new InvalidInputException("targetDepartmentId", "error.department.notOfCompany");
        }
        if (action.getTargetAgentId() != null && agent == null) {
          throw new InvalidInputException("targetAgentId", "error.agent.unknown");
        }
        HandOver handOver = supportCase.transferTo(department, agent, action.getReason(), by, now);
        handOvers.record(
            supportCase, handOver, agent == null ? List.of() : List.of(agent), List.of());
      }
    }
    // A save that raced this one since the case was read is refused as a concurrent change.
    access.flush();
  }

  /** Records the refusal of a case (its message key), unless an earlier execution handled it. */
  public void refuse(long actionId, long caseId, String messageKey) {
    String key = messageKey == null ? "error.bulk.refused" : messageKey;
    claim(
        actionId, caseId, BulkCaseOutcome.REFUSED, key.length() > 80 ? key.substring(0, 80) : key);
  }

  /**
   * Marks the case's outcome if it is still to do; false when it was handled before. The update
   * locks the row, so two executions racing over one case (a restart while a stopping one ends its
   * chunk) handle it once.
   */
  private boolean claim(long actionId, long caseId, BulkCaseOutcome outcome, String refusal) {
    return em.createNativeQuery(
                "UPDATE bulk_action_case SET outcome = ?1, refusal = ?2"
                    + " WHERE bulk_action_id = ?3 AND case_id = ?4 AND outcome IS NULL")
            .setParameter(1, outcome.name())
            .setParameter(2, refusal)
            .setParameter(3, actionId)
            .setParameter(4, caseId)
            .executeUpdate()
        == 1;
  }
}
