package br.com.atende.it.support;

import br.com.atende.organization.application.PasswordHasher;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Accounts as the database and the realm see them: the password links' rows (moved in time to stand
 * in for its passing), the password-link emails of the outbox, and whether the server's realm
 * accepts a password.
 */
@Stateless
@PermitAll
public class AccountRows {

  @PersistenceContext(unitName = "atende")
  private EntityManager em;

  @Inject private PasswordHasher hasher;

  /**
   * The agent of this login in the demo's Suporte department, created if missing, with the demo
   * password again and no pending links: a test that changes its password can run again.
   */
  public void demoPasswordFor(String login) {
    List<Agent> found =
        em.createQuery("SELECT a FROM Agent a WHERE a.login = :login", Agent.class)
            .setParameter("login", login)
            .getResultList();
    String hash = hasher.hash(ActingAgent.DEMO_PASSWORD.toCharArray());
    if (found.isEmpty()) {
      Department support =
          em.createQuery("SELECT d FROM Department d WHERE d.name = 'Suporte'", Department.class)
              .getSingleResult();
      em.persist(
          new Agent(
              support,
              login,
              "Agente " + login,
              login + "@acme.example",
              hash,
              1,
              EnumSet.of(Role.AGENT)));
    } else {
      found.get(0).choosePassword(hash, LocalDateTime.now());
      em.createQuery("DELETE FROM PasswordLink l WHERE l.agent = :agent")
          .setParameter("agent", found.get(0))
          .executeUpdate();
    }
  }

  /** Makes every password link of the login expired, as if its validity had run out. */
  public void expireLinksOf(String login) {
    em.createNativeQuery(
            "UPDATE account_link SET expires_at = created_at"
                + " WHERE agent_id = (SELECT id FROM agent WHERE login = ?1)")
        .setParameter(1, login)
        .executeUpdate();
  }

  /** What the table keeps of the login's links: the token hashes. */
  @SuppressWarnings("unchecked")
  public List<String> tokenHashesOf(String login) {
    return em.createNativeQuery(
            "SELECT l.token_hash FROM account_link l JOIN agent a ON a.id = l.agent_id"
                + " WHERE a.login = ?1 ORDER BY l.id")
        .setParameter(1, login)
        .getResultList();
  }

  /** How many password-link emails the outbox holds for this address. */
  public long passwordEmailsTo(String recipient) {
    return em.createQuery(
            "SELECT COUNT(e) FROM OutboundEmail e WHERE e.recipient = :recipient"
                + " AND e.eventKey LIKE 'password-link.%'",
            Long.class)
        .setParameter("recipient", recipient)
        .getSingleResult();
  }

  /** Whether the server's realm (as the login page uses it) accepts this password. */
  public boolean realmAccepts(String login, String password) throws RealmUnavailableException {
    try {
      SecurityDomain.getCurrent()
          .authenticate(login, new PasswordGuessEvidence(password.toCharArray()));
      return true;
    } catch (SecurityException e) {
      return false;
    }
  }
}
