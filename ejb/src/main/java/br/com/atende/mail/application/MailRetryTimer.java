package br.com.atende.mail.application;

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
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ticks the outbox's retries at the interval of {@link MailSettings#retryInterval()} (20 s unless
 * configured; tests make it 1 s). A tick that finds the previous one still running is skipped.
 */
@PermitAll
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailRetryTimer {

  @Resource private TimerService timers;

  @Inject private MailDispatcher dispatcher;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void start() {
    long interval = MailSettings.retryInterval().toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("mail-retry", false));
  }

  @Timeout
  void tick() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      dispatcher.retryPending();
    } finally {
      running.set(false);
    }
  }
}
