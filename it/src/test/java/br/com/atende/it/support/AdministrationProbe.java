package br.com.atende.it.support;

import br.com.atende.administration.model.AdminLogEntry;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Department;
import br.com.atende.shared.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Reads what the administration services wrote (the admin log, a department's state), and runs an
 * administrator's action in a world where that administrator is the only active one: the other
 * agents are deactivated inside the action's transaction, which the refusal rolls back, so the
 * shared deployment's agents are as they were afterwards.
 */
@Stateless
@PermitAll
public class AdministrationProbe {

  @PersistenceContext private EntityManager em;

  /** The log of one record, oldest first, as "ACTION by login: detail". */
  public List<String> logOf(AdminLogEntry.Kind kind, long recordId) {
    return em.createQuery(
            "SELECT e FROM AdminLogEntry e WHERE e.recordKind = :kind AND e.recordId = :id"
                + " ORDER BY e.id",
            AdminLogEntry.class)
        .setParameter("kind", kind)
        .setParameter("id", recordId)
        .getResultStream()
        .map(e -> e.getAction() + " by " + e.getAdminLogin() + ": " + e.getDetail())
        .toList();
  }

  /**
   * Whether the department exists, and if so whether it is active: "active", "inactive", "none".
   */
  public String departmentState(long departmentId) {
    Department department = em.find(Department.class, departmentId);
    return department == null ? "none" : department.isActive() ? "active" : "inactive";
  }

  public long agentsWithLogin(String login) {
    return em.createQuery("SELECT COUNT(a) FROM Agent a WHERE a.login = :login", Long.class)
        .setParameter("login", login)
        .getSingleResult();
  }

  public boolean agentActive(long agentId) {
    return em.find(Agent.class, agentId).isActive();
  }

  /**
   * Runs the action while every other agent is inactive, and returns the refusal it must meet; the
   * refusal rolls the whole transaction back, the other agents' deactivation included.
   */
  public BusinessException refusalWhileAlone(String login, Callable<?> action) throws Exception {
    em.createQuery("SELECT a FROM Agent a WHERE a.login <> :login", Agent.class)
        .setParameter("login", login)
        .getResultStream()
        .forEach(Agent::deactivate);
    em.flush();
    try {
      action.call();
    } catch (BusinessException refused) {
      return refused;
    }
    throw new AssertionError("the action was not refused; its transaction commits");
  }
}
