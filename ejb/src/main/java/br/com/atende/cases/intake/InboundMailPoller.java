package br.com.atende.cases.intake;

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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the support mailbox every {@code atende.imap.poll-seconds} (60), when it and the intake
 * defaults are configured (see {@link MailboxSettings}); otherwise inbound email is off (the demo
 * runs without it). A round still running skips the next tick. In a cluster only the server holding
 * the {@code inbound-mail} lease polls (renewed each tick, lasting a tick and 15 s more), so one
 * server reads the mailbox and a survivor takes over when it dies.
 */
@PermitAll
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboundMailPoller {

  private static final Logger LOG = Logger.getLogger(InboundMailPoller.class.getName());

  @Resource private TimerService timers;

  @Inject private InboundMailbox mailbox;

  @Inject private ClusterLease lease;

  private Duration leaseLength;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void start() {
    Optional<MailboxSettings> settings = MailboxSettings.fromSystem();
    if (settings.isEmpty() || MailboxSettings.intakeDefaults().isEmpty()) {
      LOG.info("Inbound email is off: atende.imap.* and atende.inbound.* are not all set");
      return;
    }
    long interval = 1000L * Long.getLong("atende.imap.poll-seconds", 60);
    leaseLength = Duration.ofMillis(interval).plusSeconds(15);
    timers.createIntervalTimer(interval, interval, new TimerConfig("inbound-mail", false));
  }

  @Timeout
  void tick() {
    Optional<MailboxSettings> settings = MailboxSettings.fromSystem();
    Optional<EmailIntake.Defaults> defaults = MailboxSettings.intakeDefaults();
    if (settings.isEmpty()
        || defaults.isEmpty()
        || !lease.hold("inbound-mail", leaseLength)
        || !running.compareAndSet(false, true)) {
      return;
    }
    try {
      mailbox.poll(settings.get(), defaults.get());
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Support mailbox not read this round: {0}", e.getMessage());
    } finally {
      running.set(false);
    }
  }
}
