package br.com.atende.integration.application;

import br.com.atende.integration.model.ApiClient;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Resolves a bearer token to its client, before anyone is authenticated (hence open to all): the
 * token's hash finds the client by its unique index; a revoked client, or one whose agent is no
 * longer active, is nobody. Notes when the client was last used, at most once a minute.
 */
@PermitAll
@Stateless
public class ApiAuthentication {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  public Optional<ApiCaller> authenticate(String token) {
    if (token == null || !token.startsWith(ApiTokens.PREFIX) || token.length() > 100) {
      return Optional.empty();
    }
    Optional<ApiClient> found =
        em.createQuery(
                "SELECT k FROM ApiClient k JOIN FETCH k.agent a"
                    + " WHERE k.tokenHash = :hash AND k.revokedAt IS NULL AND a.active = TRUE",
                ApiClient.class)
            .setParameter("hash", ApiTokens.hash(token))
            .getResultStream()
            .findFirst();
    found.ifPresent(this::noteUse);
    return found.map(
        k -> new ApiCaller(k.getId(), k.getAgent().getLogin(), k.getRequestsPerMinute()));
  }

  private void noteUse(ApiClient client) {
    LocalDateTime now = LocalDateTime.now(clock);
    if (client.usedLongerAgoThanTheGrain(now)) {
      // A bulk update: it leaves the client's version alone, so an administrator's revocation in
      // the same minute never fails on it.
      em.createQuery("UPDATE ApiClient k SET k.lastUsedAt = :now WHERE k.id = :id")
          .setParameter("now", now)
          .setParameter("id", client.getId())
          .executeUpdate();
    }
  }
}
