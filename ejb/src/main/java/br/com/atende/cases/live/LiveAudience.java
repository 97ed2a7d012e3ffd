package br.com.atende.cases.live;

import br.com.atende.cases.application.CaseAccess;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.shared.NotFoundException;
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

  @Inject private CaseAccess access;

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

  private boolean maySee(long caseId, Agent agent) {
    try {
      access.visible(caseId, agent);
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }
}
