package br.com.atende.cannedreply.application;

import br.com.atende.cannedreply.model.CannedReply;
import br.com.atende.cannedreply.model.Placeholders;
import br.com.atende.cases.application.CaseAccess;
import br.com.atende.cases.application.ConcurrentChangeException;
import br.com.atende.cases.model.Case;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.AgentGroup;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.CappedCount;
import br.com.atende.shared.Choice;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;

/**
 * Canned replies (seed 004 §4.1). An agent uses its own and those of the groups it belongs to; it
 * manages its own; the group ones are managed by supervisors and administrators, for the groups of
 * their company. Nothing else decides it: the pages only follow.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class CannedReplyService {

  /** How many the picker offers at once: it narrows as the agent types. */
  public static final int PICKER_SIZE = 10;

  /** The replies an agent may use: its own, and its groups'. */
  private static final String USABLE =
      " FROM CannedReply r LEFT JOIN r.group g"
          + " WHERE r.company.id = :company AND (r.owner.id = :agent OR g.id IN"
          + " (SELECT mg.id FROM AgentGroup mg JOIN mg.members m WHERE m.id = :agent))";

  /** The replies an agent manages: its own ... */
  private static final String MANAGEABLE =
      " FROM CannedReply r LEFT JOIN r.group g WHERE r.company.id = :company AND (r.owner.id = :agent";

  /** ... and, for a supervisor or administrator, the company's groups'. */
  private static final String AND_GROUPS = " OR g.id IS NOT NULL";

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private CaseAccess access;

  /**
   * The picker: the usable replies whose name contains the letters typed (any case), by name, at
   * most {@link #PICKER_SIZE}.
   */
  public List<CannedReplyChoice> usable(String letters) {
    Agent agent = agents.currentAgent();
    String typed = letters == null ? "" : letters.strip().toLowerCase(Locale.ROOT);
    if (typed.length() > CannedReply.NAME_LENGTH) {
      typed = typed.substring(0, CannedReply.NAME_LENGTH);
    }
    // As the administration's filters: without a portable ESCAPE the wildcards are dropped.
    String escaped = typed.replace("%", "").replace("_", "");
    return em.createQuery(
            "SELECT NEW br.com.atende.cannedreply.application.CannedReplyChoice(r.id, r.name, g.name)"
                + USABLE
                + " AND LOWER(r.name) LIKE :contains ORDER BY r.name, r.id",
            CannedReplyChoice.class)
        .setParameter("company", agent.getCompany().getId())
        .setParameter("agent", agent.getId())
        .setParameter("contains", "%" + escaped + "%")
        .setMaxResults(PICKER_SIZE)
        .getResultList();
  }

  /**
   * A usable reply filled for a case the agent may see (else "not found", whichever it was), as
   * sanitized rich text for the composer.
   */
  public String fill(long replyId, long caseId) {
    Agent agent = agents.currentAgent();
    Case supportCase = access.visible(caseId, agent);
    String body =
        em.createQuery("SELECT r.body" + USABLE + " AND r.id = :id", String.class)
            .setParameter("company", agent.getCompany().getId())
            .setParameter("agent", agent.getId())
            .setParameter("id", replyId)
            .getResultStream()
            .findFirst()
            .orElseThrow(NotFoundException::new);
    return Placeholders.fill(
        body,
        new Placeholders.Values(
            supportCase.getParty().getName(),
            supportCase.getContact() == null ? null : supportCase.getContact().getName(),
            supportCase.getNumber(),
            supportCase.getSubject(),
            agent.getName()));
  }

  /** One page of the replies the agent manages, by name. */
  public List<CannedReplyRow> manageable(PageRequest page) {
    return manageableQuery(
            "SELECT NEW br.com.atende.cannedreply.application.CannedReplyRow(r.id, r.version, g.id,"
                + " g.name, r.name, r.body)"
                + "%s ORDER BY g.name, r.name, r.id",
            CannedReplyRow.class)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public CappedCount countManageable() {
    return CappedCount.count(manageableQuery("SELECT r.id%s", Long.class));
  }

  private <T> TypedQuery<T> manageableQuery(String jpql, Class<T> type) {
    Agent agent = agents.currentAgent();
    String where = MANAGEABLE + (managesGroups(agent) ? AND_GROUPS : "") + ")";
    return em.createQuery(String.format(jpql, where), type)
        .setParameter("company", agent.getCompany().getId())
        .setParameter("agent", agent.getId());
  }

  /** The groups whose replies the agent may manage: none unless a supervisor or administrator. */
  public List<Choice> groupsToManage() {
    Agent agent = agents.currentAgent();
    if (!managesGroups(agent)) {
      return List.of();
    }
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(g.id, g.name) FROM AgentGroup g"
                + " WHERE g.company.id = :company AND g.active = TRUE ORDER BY g.name",
            Choice.class)
        .setParameter("company", agent.getCompany().getId())
        .setMaxResults(PageRequest.MAX_SIZE)
        .getResultList();
  }

  /**
   * Creates (null id) or changes a reply; returns its id. A new one with a group is that group's,
   * else the agent's own; only a supervisor or administrator writes a group's.
   */
  public long save(CannedReplyRow row) {
    Agent agent = agents.currentAgent();
    if (row.id() == null) {
      CannedReply reply =
          row.groupId() == null
              ? CannedReply.personal(agent, row.name(), row.body())
              : CannedReply.ofGroup(groupManagedBy(agent, row.groupId()), row.name(), row.body());
      em.persist(reply);
      em.flush();
      return reply.getId();
    }
    CannedReply reply = changeable(row.id(), row.version(), agent);
    reply.change(row.name(), row.body());
    em.flush();
    return reply.getId();
  }

  public void delete(long id, long version) {
    em.remove(changeable(id, version, agents.currentAgent()));
    em.flush();
  }

  private CannedReply changeable(long id, long version, Agent agent) {
    CannedReply reply = em.find(CannedReply.class, id);
    if (reply == null || !reply.getCompany().getId().equals(agent.getCompany().getId())) {
      throw new NotFoundException();
    }
    if (reply.isPersonal() ? !reply.getOwner().isSameAs(agent) : !managesGroups(agent)) {
      // Another agent's personal reply is not even there for this one.
      if (reply.isPersonal()) {
        throw new NotFoundException();
      }
      throw new BusinessException("error.cannedReply.groupNotPermitted", "groupId");
    }
    if (reply.getVersion() != version) {
      throw new ConcurrentChangeException(null);
    }
    return reply;
  }

  private AgentGroup groupManagedBy(Agent agent, long groupId) {
    if (!managesGroups(agent)) {
      throw new BusinessException("error.cannedReply.groupNotPermitted", "groupId");
    }
    AgentGroup group = em.find(AgentGroup.class, groupId);
    if (group == null || !group.getCompany().getId().equals(agent.getCompany().getId())) {
      throw new InvalidInputException("groupId", "error.group.unknown");
    }
    return group;
  }

  private static boolean managesGroups(Agent agent) {
    return agent.holds(Role.SUPERVISOR) || agent.holds(Role.ADMIN);
  }
}
