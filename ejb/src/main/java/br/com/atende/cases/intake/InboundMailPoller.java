package br.com.atende.cases.intake;

import br.com.atende.cluster.ClusterLease;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the support mailbox at its interval (an administrator's saved settings, else {@code
 * atende.imap.poll-seconds}, 60), when it and the intake defaults are configured (see {@link
 * ConfiguredMailbox}); otherwise inbound email is off (the demo runs without it). A round still
 * running skips the next tick. In a cluster only the server holding the {@code inbound-mail} lease
 * polls (renewed each tick, lasting a tick and 15 s more), so one server reads the mailbox and a
 * survivor takes over when it dies.
 */
@PermitAll
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboundMailPoller {

  private static final Logger LOG = Logger.getLogger(InboundMailPoller.class.getName());

  @Resource private TimerService timers;

  @Inject private InboundMailbox mailbox;

  @Inject private ClusterLease lease;

  @Inject private ConfiguredMailbox configured;

  private volatile Duration leaseLength;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void start() {
    schedule(configured.pollSeconds());
  }

  /**
   * (Re)starts the reading at this interval, or stops it while the mailbox or the intake defaults
   * are missing: called at start and when an administrator saves the mailbox's settings.
   */
  public void schedule(long pollSeconds) {
    for (Timer timer : timers.getTimers()) {
      timer.cancel();
    }
    if (configured.current().isEmpty() || MailboxSettings.intakeDefaults().isEmpty()) {
      LOG.info("Inbound email is off: no mailbox, or atende.inbound.* not all set");
      return;
    }
    long interval = 1000L * Math.max(1, pollSeconds);
    leaseLength = Duration.ofMillis(interval).plusSeconds(15);
    timers.createIntervalTimer(interval, interval, new TimerConfig("inbound-mail", false));
  }

  @Timeout
  void tick() {
    if (!lease.hold("inbound-mail", leaseLength) || !running.compareAndSet(false, true)) {
      return;
    }
    try {
      Optional<MailboxSettings> settings = configured.current();
      Optional<EmailIntake.Defaults> defaults = MailboxSettings.intakeDefaults();
      if (settings.isPresent() && defaults.isPresent()) {
        mailbox.poll(settings.get(), defaults.get());
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Support mailbox not read this round: {0}", e.getMessage());
    } finally {
      running.set(false);
    }
  }
}
