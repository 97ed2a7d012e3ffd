package br.com.atende.mail.application;

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
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ticks the outbox's retries at the interval of {@link MailSettings#retryInterval()} (20 s unless
 * configured; tests make it 1 s). A tick that finds the previous one still running is skipped.
 *
 * <p>In a cluster every server ticks, and the one holding the {@code mail-retry} lease sends: one
 * retry round at a time in the cluster. The lease outlives a tick by 15 s, so a surviving server
 * takes the rounds over within two intervals and 15 s of its holder's death.
 */
@PermitAll
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailRetryTimer {

  @Resource private TimerService timers;

  @Inject private MailDispatcher dispatcher;

  @Inject private ClusterLease lease;

  private Duration leaseLength;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void start() {
    long interval = MailSettings.retryInterval().toMillis();
    leaseLength = MailSettings.retryInterval().plusSeconds(15);
    timers.createIntervalTimer(interval, interval, new TimerConfig("mail-retry", false));
  }

  @Timeout
  void tick() {
    // The lease first: a round still running here must not let the lease lapse to another server.
    if (!lease.hold("mail-retry", leaseLength) || !running.compareAndSet(false, true)) {
      return;
    }
    try {
      dispatcher.retryPending();
    } finally {
      running.set(false);
    }
  }
}
