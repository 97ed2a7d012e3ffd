package br.com.atende.cluster;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The running instances of Atende: every start of the application on a server is one, known by
 * {@link #THIS}, with a row in {@code server_instance} that it renews every {@link #RENEWAL} while
 * it runs. A row left unrenewed for {@link #LIFE} names an instance that is gone (killed, its
 * machine lost, or stopped): what it had claimed and not finished can be taken over, because no
 * thread of it is still at work. A stopping instance does not mark itself gone: its last requests
 * may still be finishing, and the row runs out soon enough.
 *
 * <p>Why rows of our own beside {@link ClusterLease} and not JGroups' view of the cluster: the
 * outbox's claims are rows of the same database, so whether their claimer lives is answered in the
 * query that takes them over, on one server alone (on H2 too, across its restarts) as in a cluster.
 */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ServerInstances {

  /**
   * This instance: the server's name and a random part, new at every start of the application (a
   * restarted server must not pass for its previous, dead, instance).
   */
  public static final String THIS = ClusterLease.NODE + "/" + UUID.randomUUID();

  /** How often a running instance renews its row. */
  public static final Duration RENEWAL = Duration.ofSeconds(10);

  /** How long a row lasts unrenewed: three renewals, so a long pause of the JVM is not a death. */
  public static final Duration LIFE = RENEWAL.multipliedBy(3);

  /** Rows of instances gone this long are deleted; their claims were taken over long before. */
  private static final Duration FORGOTTEN_AFTER = Duration.ofDays(30);

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  /** This instance is running: its row is made, or renewed, to last {@link #LIFE} from now. */
  public void renew() {
    LocalDateTime now = LocalDateTime.now(clock);
    int renewed =
        em.createNativeQuery("UPDATE server_instance SET alive_until = ?1 WHERE id = ?2")
            .setParameter(1, now.plus(LIFE))
            .setParameter(2, THIS)
            .executeUpdate();
    if (renewed == 0) {
      em.createNativeQuery(
              "INSERT INTO server_instance (id, started_at, alive_until) VALUES (?1, ?2, ?3)")
          .setParameter(1, THIS)
          .setParameter(2, now)
          .setParameter(3, now.plus(LIFE))
          .executeUpdate();
    }
  }

  /**
   * This instance starts: rows of instances gone for a month are deleted (their claims were taken
   * over long before), and its own row is made.
   */
  public void started() {
    em.createNativeQuery("DELETE FROM server_instance WHERE alive_until < ?1")
        .setParameter(1, LocalDateTime.now(clock).minus(FORGOTTEN_AFTER))
        .executeUpdate();
    renew();
  }

  /** Whether that instance is known to be gone (see {@link #gone()}); false for none. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public boolean isGone(String instance) {
    return instance != null
        && !instance.equals(THIS)
        && !em.createNativeQuery(
                "SELECT id FROM server_instance WHERE id = ?1 AND alive_until < ?2")
            .setParameter(1, instance)
            .setParameter(2, LocalDateTime.now(clock))
            .getResultList()
            .isEmpty();
  }

  /**
   * The instances known to be gone: their rows ran out. An instance without a row (it never started
   * renewing, or was forgotten) is not among them: nothing is known of it. Nor is this one, whose
   * row may have run out while the database was away: it runs.
   */
  @SuppressWarnings("unchecked")
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<String> gone() {
    return em.createNativeQuery(
            "SELECT id FROM server_instance WHERE alive_until < ?1 AND id <> ?2 ORDER BY id")
        .setParameter(1, LocalDateTime.now(clock))
        .setParameter(2, THIS)
        .getResultList();
  }
}
