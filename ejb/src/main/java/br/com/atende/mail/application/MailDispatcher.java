package br.com.atende.mail.application;

import br.com.atende.cluster.ServerInstances;
import br.com.atende.mail.model.OutboundEmail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/**
 * Drains the outbox: right after a commit that queued mail, and on every tick of {@link
 * MailRetryTimer} for retries. Each email is claimed and sent on its own by {@link MailSender}, so
 * one failure never holds back the others.
 */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

  /** Emails taken per round, so that a long outage does not make one round endless. */
  private static final int BATCH = 100;

  @PersistenceContext private EntityManager em;

  @Inject private MailSender sender;

  @Inject private OutboxRows rows;

  @Inject private ServerInstances instances;

  @Inject private Clock clock;

  @Asynchronous
  public void dispatchPending() {
    sendDue();
  }

  /**
   * One retry round: recovers the claims of server instances that are gone (sent again, or recorded
   * sent when handed over), gives up the stale claims of the others, then sends what is due.
   */
  public void retryPending() {
    int recovered = rows.recoverClaimsOf(instances.gone());
    if (recovered > 0) {
      LOG.info(() -> recovered + " emails claimed by a server that is gone are recovered");
    }
    rows.abandonClaimsBefore(LocalDateTime.now(clock).minus(MailSettings.sendingTimeout()));
    sendDue();
  }

  private void sendDue() {
    List<Long> due;
    do {
      due =
          em.createQuery(
                  "SELECT e.id FROM OutboundEmail e WHERE e.status = :pending AND e.nextAttemptAt <= :now"
                      + " ORDER BY e.nextAttemptAt, e.id",
                  Long.class)
              .setParameter("pending", OutboundEmail.Status.PENDING)
              .setParameter("now", LocalDateTime.now(clock))
              .setMaxResults(BATCH)
              .getResultList();
      due.forEach(sender::send);
    } while (due.size() == BATCH);
  }
}
