package br.com.atende.administration.application;

import br.com.atende.administration.model.AdminLogEntry.Action;
import br.com.atende.administration.model.AdminLogEntry.Kind;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.AgentGroup;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.Choice;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/**
 * Administrators put agents into a group and take them out (SPEC C5: a case forwarded to the group
 * queues for every member, of any company). The members are paged: a group may be a whole desk.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class GroupMembership {

  @PersistenceContext private EntityManager em;

  @Inject private AdminLog log;

  @Resource private SessionContext context;

  /** The group's members, by login, as "login — name". */
  public List<Choice> members(long groupId, PageRequest page) {
    return em.createQuery(
            "SELECT m.id, m.login, m.name FROM AgentGroup g JOIN g.members m WHERE g.id = :group"
                + " ORDER BY m.login",
            Object[].class)
        .setParameter("group", groupId)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultStream()
        .map(row -> new Choice((Long) row[0], row[1] + " — " + row[2]))
        .toList();
  }

  public long count(long groupId) {
    return em.createQuery(
            "SELECT COUNT(m) FROM AgentGroup g JOIN g.members m WHERE g.id = :group", Long.class)
        .setParameter("group", groupId)
        .getSingleResult();
  }

  /** Adds the active agent with this login; an agent already in the group is left as it is. */
  public void add(long groupId, String login) {
    AgentGroup group = find(groupId);
    if (login == null || login.isBlank()) {
      throw new InvalidInputException("login", "error.required");
    }
    Agent agent =
        em.createQuery("SELECT a FROM Agent a WHERE LOWER(a.login) = :login", Agent.class)
            .setParameter("login", login.strip().toLowerCase(Locale.ROOT))
            .getResultStream()
            .filter(Agent::isActive)
            .findFirst()
            .orElseThrow(() -> new InvalidInputException("login", "error.catalogue.noSuchAgent"));
    if (!group.hasMember(agent)) {
      group.with(agent);
      log.record(caller(), Kind.AGENT_GROUP, groupId, Action.CHANGED, "+ " + agent.getLogin());
    }
  }

  public void remove(long groupId, long agentId) {
    AgentGroup group = find(groupId);
    Agent agent = em.find(Agent.class, agentId);
    if (agent != null && group.without(agent)) {
      log.record(caller(), Kind.AGENT_GROUP, groupId, Action.CHANGED, "- " + agent.getLogin());
    }
  }

  private AgentGroup find(long groupId) {
    AgentGroup group = em.find(AgentGroup.class, groupId);
    if (group == null) {
      throw new NotFoundException();
    }
    return group;
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
