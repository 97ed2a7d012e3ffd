package br.com.atende.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;

/** An agent last seen long ago, as if it had left its desk, without the test waiting for it. */
@Stateless
@PermitAll
public class PresenceRows {

  @PersistenceContext private EntityManager em;

  public void lastSeenHoursAgo(long agentId, int hours) {
    em.createNativeQuery("UPDATE agent_presence SET last_seen_at = ?1 WHERE agent_id = ?2")
        .setParameter(1, LocalDateTime.now().minusHours(hours))
        .setParameter(2, agentId)
        .executeUpdate();
  }
}
