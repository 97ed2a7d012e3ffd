package br.com.atende.cases.application;

import static br.com.atende.shared.InvalidInputException.requireValid;

import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.CaseAudit;
import br.com.atende.cases.model.HandOver;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.AgentGroup;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.CappedCount;
import br.com.atende.shared.Choice;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Changes of hands (SPEC C5): forward to an agent or a group, return to who forwarded, link ("me
 * vincular"), transfer to another department. Each writes a forwarding-history row and a FORWARD
 * discussion entry, and queues the forwarding email to whoever receives the case, in one
 * transaction; each names the version the agent saw (optimistic locking).
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class ForwardingService {

  private static final String HISTORY_OF_VISIBLE_CASE =
      " FROM Forwarding f JOIN f.supportCase c JOIN f.by b LEFT JOIN f.fromAgent fa"
          + " LEFT JOIN f.toAgent ta LEFT JOIN f.toGroup tg LEFT JOIN f.toDepartment td"
          + " WHERE c.id = :case AND c.company.id = :company AND "
          + br.com.atende.cases.model.AccessRule.JPQL;

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private CaseAccess access;

  @Inject private HandOverRecorder handOvers;

  @Inject private Validator validator;

  @Inject private Clock clock;

  /** Forwards a case to an agent of any company, with a reason. Returns the new version. */
  public long forwardToAgent(long caseId, long expectedVersion, long agentId, String reason) {
    Agent by = agents.currentAgent();
    Case supportCase = access.forChange(caseId, expectedVersion, by);
    Agent target = em.find(Agent.class, agentId);
    if (target == null) {
      throw new InvalidInputException("targetAgentId", "error.agent.unknown");
    }
    HandOver handOver = supportCase.forwardTo(target, reason, by, now());
    record(supportCase, handOver, List.of(target));
    return supportCase.getVersion();
  }

  /** Forwards a case to a group: it then queues for every member. Returns the new version. */
  public long forwardToGroup(long caseId, long expectedVersion, long groupId, String reason) {
    Agent by = agents.currentAgent();
    Case supportCase = access.forChange(caseId, expectedVersion, by);
    AgentGroup group = em.find(AgentGroup.class, groupId);
    if (group == null) {
      throw new InvalidInputException("targetGroupId", "error.group.unknown");
    }
    HandOver handOver = supportCase.forwardTo(group, reason, by, now());
    record(supportCase, handOver, group.activeMembers());
    return supportCase.getVersion();
  }

  /**
   * Gives a case back to who forwarded it, with a justification; needs no forward permission.
   * Returns the new version.
   */
  public long returnToForwarder(long caseId, long expectedVersion, String justification) {
    Agent by = agents.currentAgent();
    Case supportCase = access.forChange(caseId, expectedVersion, by);
    HandOver handOver = supportCase.returnToForwarder(justification, by, now());
    record(supportCase, handOver, List.of(handOver.forwarding().getToAgent()));
    return supportCase.getVersion();
  }

  /** The agent takes an unheld case of its queue ("me vincular"). Returns the new version. */
  public long link(long caseId, long expectedVersion) {
    Agent by = agents.currentAgent();
    Case supportCase = access.forChange(caseId, expectedVersion, by);
    HandOver handOver = supportCase.link(by, now());
    record(supportCase, handOver, List.of());
    return supportCase.getVersion();
  }

  /**
   * "Me vincular" choosing, on the same screen, whether the agent gets an email when the client
   * replies (seed 004 §3.1): the agent's setting, whose change is told in this case's history.
   */
  public long link(long caseId, long expectedVersion, boolean emailOnClientReply) {
    long version = link(caseId, expectedVersion);
    Agent by = agents.currentAgent();
    boolean before = by.isEmailOnClientReply();
    if (by.emailOnClientReply(emailOnClientReply)) {
      em.persist(
          CaseAudit.ofRecord(
              em.find(Case.class, caseId),
              "emailOnClientReply",
              by.getName() + ": " + before,
              by.getName() + ": " + emailOnClientReply,
              by,
              now()));
    }
    return version;
  }

  /**
   * Transfers the selected cases to a department and, optionally, one of its agents: all or none
   * (the first refusal rolls every one back). Returns how many were transferred.
   */
  public int transfer(TransferCommand command) {
    requireValid(validator, command);
    Agent by = agents.currentAgent();
    Department department = em.find(Department.class, command.targetDepartmentId());
    if (department == null) {
      throw new InvalidInputException("targetDepartmentId", "error.department.notOfCompany");
    }
    Agent agent = null;
    if (command.targetAgentId() != null) {
      agent = em.find(Agent.class, command.targetAgentId());
      if (agent == null) {
        throw new InvalidInputException("targetAgentId", "error.agent.unknown");
      }
    }
    LocalDateTime now = now();
    Set<Long> ids = new LinkedHashSet<>(command.caseIds());
    for (long caseId : ids) {
      Case supportCase = access.visible(caseId, by);
      HandOver handOver = supportCase.transferTo(department, agent, command.reason(), by, now);
      record(supportCase, handOver, agent == null ? List.of() : List.of(agent));
    }
    return ids.size();
  }

  /** What the viewer may do with the case's hands, for the case page. */
  public ForwardingState state(long caseId) {
    Agent viewer = agents.currentAgent();
    return ForwardingState.of(access.visible(caseId, viewer), viewer);
  }

  /** The forwarding history of a case the viewer may see, newest first, paged. */
  public List<ForwardingItem> history(long caseId, PageRequest page) {
    Agent viewer = agents.currentAgent();
    return access
        .ofVisibleCase(
            "SELECT NEW br.com.atende.cases.application.ForwardingItem(f.id, f.kind, b.name,"
                + " fa.name, ta.name, tg.name, td.name, f.reason, f.stepId, f.forwardedAt)"
                + HISTORY_OF_VISIBLE_CASE
                + " ORDER BY f.forwardedAt DESC, f.id DESC",
            ForwardingItem.class,
            caseId,
            viewer)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  /** How many hand-overs the history pages through, capped like every count a page shows. */
  public long countHistory(long caseId) {
    Agent viewer = agents.currentAgent();
    return CappedCount.count(
            access.ofVisibleCase(
                "SELECT f.id" + HISTORY_OF_VISIBLE_CASE, Long.class, caseId, viewer))
        .value();
  }

  /**
   * Agents a case may be forwarded to: the active agents (role AGENT) of every company, but the
   * viewer.
   */
  public List<Choice> forwardTargets() {
    Agent viewer = agents.currentAgent();
    // The label is joined here: a string literal in the projection makes EclipseLink inline the
    // bound boolean, which H2 refuses.
    return em
        .createQuery(
            "SELECT a.id, a.name, co.name FROM Agent a JOIN a.company co JOIN a.roles r"
                + " WHERE a.active = :active AND a.apiClient = :apiClient AND a.id <> :viewer"
                + " AND r = :agentRole ORDER BY a.name",
            Object[].class)
        .setParameter("apiClient", false)
        .setParameter("viewer", viewer.getId())
        .setParameter("agentRole", Role.AGENT)
        .setParameter("active", true)
        .getResultList()
        .stream()
        .map(row -> new Choice((Long) row[0], row[1] + " (" + row[2] + ")"))
        .toList();
  }

  /** The active groups a case may be forwarded to. */
  public List<Choice> groups() {
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(g.id, g.name) FROM AgentGroup g"
                + " WHERE g.active = :active ORDER BY g.name",
            Choice.class)
        .setParameter("active", true)
        .getResultList();
  }

  /** The departments of the viewer's company, to transfer cases to. */
  public List<Choice> departments() {
    Agent viewer = agents.currentAgent();
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(d.id, d.name) FROM Department d"
                + " WHERE d.company.id = :company AND d.active = :active ORDER BY d.name",
            Choice.class)
        .setParameter("company", viewer.getCompany().getId())
        .setParameter("active", true)
        .getResultList();
  }

  /** The active agents of a department, to transfer cases to one of them. */
  public List<Choice> agentsOf(long departmentId) {
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(a.id, a.name) FROM Agent a"
                + " WHERE a.department.id = :department AND a.active = :active"
                + " AND a.apiClient = :apiClient ORDER BY a.name",
            Choice.class)
        .setParameter("apiClient", false)
        .setParameter("department", departmentId)
        .setParameter("active", true)
        .getResultList();
  }

  private void record(Case supportCase, HandOver handOver, Collection<Agent> recipients) {
    handOvers.record(supportCase, handOver, recipients, List.of());
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
