package br.com.atende.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Runs test code as a demo agent: authenticates against the application's security domain (the same
 * JDBC realm and bcrypt hashes as the login page) and runs the action under that identity, so
 * services see the agent's roles and principal exactly as in production.
 *
 * <p>The suite acts as agents thousands of times, and a bcrypt verification costs tens of
 * milliseconds (it was two thirds of the XSS suite's CPU). So an identity is kept per login for as
 * long as what the realm reads for it is unchanged (config/cli/security.cli: the active agent's
 * stored hash and its roles): a changed password, a deactivated agent or a changed role is
 * authenticated again, exactly as with a verification every time.
 */
@Stateless
@PermitAll
public class ActingAgent {

  /** The password of every demo login (see the README). */
  public static final String DEMO_PASSWORD = "atende";

  /** What the realm read when the identity was authenticated, and the identity. */
  private record Authenticated(String realmFacts, SecurityIdentity identity) {}

  private static final Map<String, Authenticated> IDENTITIES = new ConcurrentHashMap<>();

  @PersistenceContext private EntityManager em;

  public <T> T as(String login, Callable<T> action) throws Exception {
    return identityOf(login).runAs(action);
  }

  /**
   * Runs the action as the login outside any transaction, so that each service call in it commits
   * or rolls back on its own (a refusal does not doom the calls after it): one login for a whole
   * walk of calls rather than one per call.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public <T> T walking(String login, Callable<T> action) throws Exception {
    return as(login, action);
  }

  private SecurityIdentity identityOf(String login) throws Exception {
    // The realm's own queries (config/cli/security.cli), in one string.
    List<?> hash =
        em.createNativeQuery("SELECT password_hash FROM agent WHERE login = ?1 AND active = TRUE")
            .setParameter(1, login)
            .getResultList();
    List<?> roles =
        em.createNativeQuery(
                "SELECT r.role_name FROM agent_role r JOIN agent a ON a.id = r.agent_id"
                    + " WHERE a.login = ?1 ORDER BY r.role_name")
            .setParameter(1, login)
            .getResultList();
    String realmFacts = hash + " " + roles;
    Authenticated known = IDENTITIES.get(login);
    if (known != null && known.realmFacts().equals(realmFacts)) {
      return known.identity();
    }
    SecurityIdentity identity =
        SecurityDomain.getCurrent()
            .authenticate(login, new PasswordGuessEvidence(DEMO_PASSWORD.toCharArray()));
    IDENTITIES.put(login, new Authenticated(realmFacts, identity));
    return identity;
  }
}
