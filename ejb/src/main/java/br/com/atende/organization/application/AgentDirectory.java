package br.com.atende.organization.application;

import br.com.atende.organization.model.Agent;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Resolves the agent behind the current call from the container's caller principal. Open to every
 * caller: the services that use it have already checked the caller's role.
 */
@PermitAll
@Stateless
public class AgentDirectory {

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext session;

  @Inject private CallerAgents callers;

  /** The logged-in agent; an unknown or inactive login is refused as an access violation. */
  public Agent currentAgent() {
    String login = session.getCallerPrincipal().getName();
    Long known = callers.idOf(login);
    if (known != null) {
      Agent agent = em.find(Agent.class, known);
      if (agent != null && agent.isActive() && login.equals(agent.getLogin())) {
        return agent;
      }
    }
    Agent agent =
        em.createQuery(
                "SELECT a FROM Agent a JOIN FETCH a.department d JOIN FETCH a.company LEFT JOIN FETCH a.profile"
                    + " WHERE a.login = :login AND a.active = TRUE",
                Agent.class)
            .setParameter("login", login)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new EJBAccessException("No active agent for login " + login));
    callers.remember(login, agent.getId());
    return agent;
  }
}
