package br.com.atende.integration.application;

import static br.com.atende.shared.InvalidInputException.requireValid;

import br.com.atende.integration.model.ApiClient;
import br.com.atende.organization.application.PasswordHasher;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Role;
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
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Administrators create API clients, list them with their last use, and revoke them. A client acts
 * as an agent of its own, created with it: login {@code api-…}, role AGENT, the client's clearance
 * and department, and a bcrypt hash of a random password nobody knows, so it can never log in to
 * the pages. Revoking deactivates that agent too.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ApiClientAdminService {

  @PersistenceContext private EntityManager em;

  @Inject private Validator validator;

  @Inject private PasswordHasher hasher;

  @Inject private Clock clock;

  public CreatedApiClient create(NewApiClient command) {
    requireValid(validator, command);
    Department department = em.find(Department.class, command.departmentId());
    if (department == null) {
      throw new InvalidInputException("departmentId", "error.department.unknown");
    }
    String login = "api-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    Agent agent =
        new Agent(
                department,
                login,
                "API: " + command.name().strip(),
                login + "@api.invalid",
                hasher.hash(UUID.randomUUID().toString().toCharArray()),
                command.clearance(),
                Set.of(Role.AGENT))
            .actingForApiClient();
    em.persist(agent);
    String token = ApiTokens.newToken();
    ApiClient client =
        new ApiClient(
            agent,
            command.name().strip(),
            ApiTokens.hash(token),
            command.scopes(),
            command.requestsPerMinute(),
            LocalDateTime.now(clock));
    em.persist(client);
    em.flush();
    return new CreatedApiClient(client.getId(), client.getName(), token);
  }

  /** The clients, newest first (or by name), a page at a time. */
  public List<ApiClientRow> list(PageRequest page) {
    String order = "name".equals(page.sortField()) ? "k.name" : "k.createdAt";
    return em.createQuery(
            "SELECT NEW br.com.atende.integration.application.ApiClientRow(k.id, k.name,"
                + " c.name, d.name, a.clearance, k.mayRead, k.mayWrite, k.requestsPerMinute,"
                + " k.createdAt, k.lastUsedAt, k.revokedAt)"
                + " FROM ApiClient k JOIN k.agent a JOIN a.department d JOIN d.company c"
                + " ORDER BY "
                + order
                + (page.ascending() ? " ASC" : " DESC")
                + ", k.id DESC",
            ApiClientRow.class)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  /** How many clients there are, up to the cap (the table pages through them). */
  public CappedCount count() {
    return CappedCount.count(em.createQuery("SELECT k.id FROM ApiClient k", Long.class));
  }

  /** The departments a client's cases may go to, with their company's name. */
  public List<Choice> departments() {
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(d.id, CONCAT(c.name, ' / ', d.name))"
                + " FROM Department d JOIN d.company c ORDER BY c.name, d.name",
            Choice.class)
        .getResultList();
  }

  /** Revokes the client for good: its token is refused from the next request on. */
  public void revoke(long clientId) {
    ApiClient client = em.find(ApiClient.class, clientId);
    if (client == null) {
      throw new NotFoundException();
    }
    client.revoke(LocalDateTime.now(clock));
    client.getAgent().deactivate();
  }
}
