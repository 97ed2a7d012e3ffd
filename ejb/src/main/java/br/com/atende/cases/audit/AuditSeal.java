package br.com.atende.cases.audit;

import br.com.atende.cluster.ClusterLease;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Seals the audit rows committed since the last round, every {@code atende.audit.seal-seconds}
 * (default 10). Why after the commit and not in the writing transaction: chaining at insert time
 * would make every audited write (an opening, an edit, a forwarding) lock one chain-head row until
 * it commits, serialising them all; sealing afterwards in chunks costs the writers nothing, and the
 * few seconds a row waits unsealed are reported as "pending" by the verification, never as broken.
 *
 * <p>In a cluster every server ticks and the one holding the {@code audit-seal} lease seals; the
 * head row's lock keeps two rounds apart should a lease lapse mid-round.
 */
@PermitAll
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSeal {

  /** Rows sealed per transaction. */
  static final int CHUNK = 1000;

  /** Chunks per round at most: a backlog is worked off over several rounds, not in one long one. */
  private static final int CHUNKS_PER_ROUND = 100;

  @Resource private TimerService timers;

  @Inject private AuditSealer sealer;

  @Inject private ClusterLease lease;

  private Duration leaseLength;

  private final ReentrantLock round = new ReentrantLock();

  @PostConstruct
  void start() {
    long interval = Duration.ofSeconds(Long.getLong("atende.audit.seal-seconds", 10)).toMillis();
    leaseLength = Duration.ofMillis(interval).plusSeconds(15);
    timers.createIntervalTimer(interval, interval, new TimerConfig("audit-seal", false));
  }

  @Timeout
  void tick() {
    // The lease first: a round still running here must not let the lease lapse to another server.
    if (lease.hold("audit-seal", leaseLength) && round.tryLock()) {
      try {
        sealRound();
      } finally {
        round.unlock();
      }
    }
  }

  /**
   * Seals what is pending now (up to a round's worth), after a round already running here; returns
   * how many rows it sealed.
   */
  public int sealPending() {
    round.lock();
    try {
      return sealRound();
    } finally {
      round.unlock();
    }
  }

  private int sealRound() {
    int sealed = 0;
    for (int i = 0; i < CHUNKS_PER_ROUND; i++) {
      int chunk = sealer.sealChunk(CHUNK);
      sealed += chunk;
      if (chunk < CHUNK) {
        break;
      }
    }
    return sealed;
  }
}
