package br.com.atende.cases.live;

import br.com.atende.cases.application.CaseAccess;
import br.com.atende.cases.model.AccessRule;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may hear of a case change: the access rule, applied when a page subscribes and again when a
 * change is pushed (a case's access level or company may change in between). Open to every caller:
 * the pushes run after the change's commit, on no agent's behalf, and answer only ids.
 */
@Stateless
@PermitAll
public class LiveAudience {

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  /**
   * The logged-in agent's id when it may see the case, for a case page to subscribe to the case's
   * changes; empty when it may not (the page then opens no socket).
   */
  public Optional<Long> viewerOf(long caseId) {
    Agent viewer = agents.currentAgent();
    return maySee(caseId, viewer) ? Optional.of(viewer.getId()) : Optional.empty();
  }

  /** The logged-in agent's id, for its queue page to subscribe to its queue's changes. */
  public long currentAgentId() {
    return agents.currentAgent().getId();
  }

  /** Of these agents, the active ones who may see the case now. */
  public Set<Long> mayStillSee(long caseId, Collection<Long> agentIds) {
    Set<Long> seeing = new HashSet<>();
    for (Long agentId : agentIds) {
      Agent agent = em.find(Agent.class, agentId);
      if (agent != null && agent.isActive() && maySee(caseId, agent)) {
        seeing.add(agentId);
      }
    }
    return seeing;
  }

  /**
   * Of these agents, those whose queue tabs the changed case may now be in (SPEC C5): its holder,
   * the members of its holding group and the agents of its department (the "new" tab and a
   * supervisor's team tabs). The tabs themselves are recounted through the queue service, with the
   * access rule, so a wider audience would only cost a recount, never show a case.
   */
  public Set<Long> queuesConcerned(CaseChanged change, Collection<Long> agentIds) {
    if (agentIds.isEmpty()) {
      return Set.of();
    }
    List<Long> concerned =
        em.createQuery(
                "SELECT a.id FROM Agent a WHERE a.id IN :agents AND a.active = :active AND"
                    + " (a.id = :holder OR a.department.id = :department OR a.id IN"
                    + " (SELECT m.id FROM AgentGroup g JOIN g.members m WHERE g.id = :group))",
                Long.class)
            .setParameter("agents", List.copyOf(agentIds))
            .setParameter("active", true)
            .setParameter("holder", change.holderId() == null ? -1L : change.holderId())
            .setParameter("department", change.departmentId())
            .setParameter("group", change.holdingGroupId() == null ? -1L : change.holdingGroupId())
            .getResultList();
    return Set.copyOf(concerned);
  }

  /**
   * {@link CaseAccess#visible} as one query that answers an id, instead of loading the case with
   * its every association: a case page pays for its live banner with this and the agent's look-up
   * only. Same rule: the case is of the agent's company, held by it, or unheld and waiting in its
   * queue of new cases (its department's, or one of its groups'); and the access rule.
   */
  private boolean maySee(long caseId, Agent agent) {
    return !em.createQuery(
            "SELECT c.id FROM Case c WHERE c.id = :case AND (c.company.id = :company"
                + " OR c.holderId = :viewerId OR (c.holderId IS NULL AND c.status IN :open AND"
                + " (c.holdingGroupId IN (SELECT g.id FROM AgentGroup g JOIN g.members m"
                + " WHERE m.id = :viewerId) OR (c.holdingGroupId IS NULL"
                + " AND c.department.id = :department)))) AND "
                + AccessRule.JPQL,
            Long.class)
        .setParameter("case", caseId)
        .setParameter("company", agent.getCompany().getId())
        .setParameter("viewerId", agent.getId())
        .setParameter("clearance", agent.getClearance())
        .setParameter("open", List.copyOf(CaseStatus.openStates()))
        .setParameter("department", agent.getDepartment().getId())
        .getResultList()
        .isEmpty();
  }
}
