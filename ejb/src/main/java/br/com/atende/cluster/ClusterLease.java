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

/**
 * A job's lease: the server that holds it runs the job, every other server skips its round. The
 * holder renews the lease at every round; a holder that dies stops renewing, the lease runs out,
 * and the first other server whose round comes after takes it over.
 *
 * <p>Why a lease in the database rather than WildFly's HA singleton service or clustered persistent
 * timers: the database is the one thing every server shares whether it runs clustered or alone (the
 * single server on H2 holds every lease, unchanged), a lease is one UPDATE that the database
 * serialises, it needs no WildFly-internal API in the deployment, and who holds which job is a row
 * anyone can read. The timers stay the servers' own, non-persistent ones: each server ticks, one
 * acts.
 */
@PermitAll
@Stateless
public class ClusterLease {

  /** This server's name in a cluster ({@code jboss.node.name}; the host's name when alone). */
  public static final String NODE =
      System.getProperty("jboss.node.name", System.getProperty("jboss.host.name", "atende"));

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  /**
   * Takes or renews the named lease for this server for {@code length}; false while another server
   * holds it. In a transaction of its own, committed before the job runs, so other servers see it.
   * Times are this server's clock: servers of a cluster keep theirs in step (NTP), and a lease is
   * far longer than their drift.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean hold(String name, Duration length) {
    LocalDateTime now = LocalDateTime.now(clock);
    return em.createNativeQuery(
                "UPDATE cluster_lease SET holder = ?1, expires_at = ?2"
                    + " WHERE name = ?3 AND (holder = ?1 OR expires_at < ?4)")
            .setParameter(1, NODE)
            .setParameter(2, now.plus(length))
            .setParameter(3, name)
            .setParameter(4, now)
            .executeUpdate()
        == 1;
  }
}
