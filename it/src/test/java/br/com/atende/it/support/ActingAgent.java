package br.com.atende.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Runs test code as a demo agent: authenticates against the application's security domain (the same
 * JDBC realm and bcrypt hashes as the login page) and runs the action under that identity, so
 * services see the agent's roles and principal exactly as in production.
 */
@Stateless
@PermitAll
public class ActingAgent {

  /** The password of every demo login (see the README). */
  public static final String DEMO_PASSWORD = "atende";

  public <T> T as(String login, Callable<T> action) throws Exception {
    SecurityIdentity identity =
        SecurityDomain.getCurrent()
            .authenticate(login, new PasswordGuessEvidence(DEMO_PASSWORD.toCharArray()));
    return identity.runAs(action);
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
}
