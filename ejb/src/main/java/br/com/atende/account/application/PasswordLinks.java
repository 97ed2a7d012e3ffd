package br.com.atende.account.application;

import br.com.atende.account.model.PasswordLink;
import br.com.atende.account.model.PasswordPolicy;
import br.com.atende.organization.application.PasswordHasher;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.SecretTokens;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one-time links that let an agent choose a password: an administrator sends an invitation or a
 * reset; anyone may ask for a reset of a login ("esqueci minha senha"), answered the same whether
 * or not the login exists; the holder of a valid link chooses a password under the policy, once.
 */
@Stateless
public class PasswordLinks {

  /** At most one reset email per agent in this time, so that asking cannot flood a mailbox. */
  static final Duration RECOVERY_PAUSE = Duration.ofMinutes(1);

  @PersistenceContext private EntityManager em;

  @Inject private PasswordLinkIssuer issuer;

  @Inject private PasswordHasher hasher;

  @Inject private LoginThrottle throttle;

  @Inject private Clock clock;

  /** What a link's page shows: its state and, while valid, whose account it is for. */
  public record LinkView(PasswordLink.State state, PasswordLink.Purpose purpose, String login)
      implements Serializable {}

  @PermitAll
  public LinkView view(String rawToken) {
    return find(rawToken)
        .map(
            l -> {
              PasswordLink.State state = l.stateAt(LocalDateTime.now(clock));
              return new LinkView(
                  state,
                  l.getPurpose(),
                  state == PasswordLink.State.VALID ? l.getAgent().getLogin() : null);
            })
        .orElse(new LinkView(PasswordLink.State.UNKNOWN, null, null));
  }

  /** The link's holder chooses a password; spends the link. */
  @PermitAll
  public void choosePassword(String rawToken, char[] password, char[] confirmation) {
    PasswordLink link =
        find(rawToken).orElseThrow(() -> new BusinessException("error.passwordLink.unknown"));
    LocalDateTime now = LocalDateTime.now(clock);
    link.use(now);
    Agent agent = link.getAgent();
    PasswordPolicy.check(
        "newPassword", password, agent.getLogin(), agent.getName(), agent.getEmail());
    if (confirmation == null || !Arrays.equals(password, confirmation)) {
      throw new InvalidInputException("passwordConfirmation", "error.password.mismatch");
    }
    agent.choosePassword(hasher.hash(password), now);
    throttle.forgive(agent.getLogin());
  }

  /**
   * An administrator sends an active agent a link: an invitation while the agent has never chosen a
   * password, else a reset. Returns which one was sent.
   */
  @RolesAllowed(Role.Names.ADMIN)
  public PasswordLink.Purpose send(long agentId) {
    Agent agent = em.find(Agent.class, agentId);
    if (agent == null || !agent.isActive()) {
      throw new NotFoundException();
    }
    PasswordLink.Purpose purpose =
        agent.hasChosenPassword() ? PasswordLink.Purpose.RESET : PasswordLink.Purpose.INVITATION;
    issuer.issueAndSend(agent, purpose);
    return purpose;
  }

  /**
   * "Esqueci minha senha": emails a reset link if an active agent has this login. Runs after the
   * caller has its answer, so the answer and its timing are the same for every login, existing or
   * not; a second request within {@link #RECOVERY_PAUSE} sends nothing.
   */
  @PermitAll
  @Asynchronous
  public void requestReset(String login) {
    if (login == null || login.isBlank() || login.length() > 60) {
      return;
    }
    LocalDateTime now = LocalDateTime.now(clock);
    em.createQuery("SELECT a FROM Agent a WHERE a.login = :login AND a.active = TRUE", Agent.class)
        .setParameter("login", login.strip())
        // Two requests for one login wait for each other, so the pause holds between them too.
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .filter(agent -> !recentlySent(agent, now))
        .ifPresent(agent -> issuer.issueAndSend(agent, PasswordLink.Purpose.RESET));
  }

  private boolean recentlySent(Agent agent, LocalDateTime now) {
    return em.createQuery(
                "SELECT COUNT(l) FROM PasswordLink l WHERE l.agent = :agent AND l.purpose = :reset"
                    + " AND l.createdAt > :since",
                Long.class)
            .setParameter("agent", agent)
            .setParameter("reset", PasswordLink.Purpose.RESET)
            .setParameter("since", now.minus(RECOVERY_PAUSE))
            .getSingleResult()
        > 0;
  }

  /** The link of this token, while its agent is active (a deactivated agent's links are void). */
  private Optional<PasswordLink> find(String rawToken) {
    if (rawToken == null || rawToken.isBlank() || rawToken.length() > 100) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT l FROM PasswordLink l JOIN FETCH l.agent a WHERE l.tokenHash = :hash"
                + " AND a.active = TRUE",
            PasswordLink.class)
        .setParameter("hash", SecretTokens.hash(rawToken))
        .getResultStream()
        .findFirst();
  }
}
