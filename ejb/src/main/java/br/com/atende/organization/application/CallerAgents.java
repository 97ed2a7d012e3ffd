package br.com.atende.organization.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;

/**
 * The agent ids already resolved in this request, by login: a page calls several services, and each
 * asks who is calling. The first asks the database; the others find the agent by id in the shared
 * cache. Scoped to the request (Weld activates it for every EJB call), so a deactivated agent is
 * refused from the next request on.
 */
@RequestScoped
public class CallerAgents {

  private final Map<String, Long> idsByLogin = new HashMap<>();

  Long idOf(String login) {
    return idsByLogin.get(login);
  }

  void remember(String login, long id) {
    idsByLogin.put(login, id);
  }
}
