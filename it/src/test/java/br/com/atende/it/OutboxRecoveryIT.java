package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cluster.ServerInstances;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.MailRows;
import br.com.atende.it.support.MailServer;
import br.com.atende.mail.application.ComposedEmail;
import br.com.atende.mail.application.MailDispatcher;
import br.com.atende.mail.application.MailOutbox;
import br.com.atende.mail.application.OutboxQuery;
import br.com.atende.mail.model.OutboundEmail;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An email whose send was interrupted while this server lives (the SENT update never happened) is
 * not resent by itself: it is left FAILED with an unknown outcome, and an administrator's retry
 * sends it, once. One whose server died while sending it is sent again by itself, once, with its
 * Message-ID, unless that server had handed it over (then it is recorded sent); one claimed by
 * another server that still runs is left to it.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxRecoveryIT {

  @Inject MailOutbox outbox;

  @Inject MailDispatcher dispatcher;

  @Inject OutboxQuery outboxQuery;

  @Inject MailRows mailRows;

  @Inject ActingAgent acting;

  @Inject UserTransaction transaction;

  private MailServer mail;

  @BeforeEach
  void startMailServer() {
    mail = MailServer.start();
  }

  @AfterEach
  void stopMailServer() {
    mail.close();
  }

  @Test
  void anInterruptedSendIsLeftForAnAdministratorAndTheirRetryDeliversItOnce() throws Exception {
    String marker = "Interrompido " + UUID.randomUUID().toString().substring(0, 8);
    String eventKey = "recovery-test:" + marker;
    transaction.begin();
    outbox.queue(
        eventKey,
        null,
        "paulo@horizonte.example",
        new ComposedEmail(marker, "texto", "<p>html</p>"));
    mailRows.claimedLongAgo(eventKey);
    transaction.commit();

    dispatcher.retryPending();

    OutboundEmail abandoned = mailRows.email(eventKey);
    assertEquals(OutboundEmail.Status.FAILED, abandoned.getStatus());
    assertEquals(OutboundEmail.OUTCOME_UNKNOWN, abandoned.getLastError());
    Thread.sleep(2000);
    assertEquals(0, copiesOf(marker), "never resent by itself");

    acting.as(
        "admin",
        () -> {
          outboxQuery.retry(abandoned.getId());
          return null;
        });

    mail.awaitEmail(marker);
    Thread.sleep(2000);
    assertEquals(1, copiesOf(marker));
    assertEquals(OutboundEmail.Status.SENT, mailRows.email(eventKey).getStatus());
  }

  @Test
  void anEmailWhoseServerDiedBeforeHandingItOverIsSentAgainOnceWithItsOwnMessageId()
      throws Exception {
    String marker = "Servidor caiu " + UUID.randomUUID().toString().substring(0, 8);
    String eventKey = "recovery-test:" + marker;
    claimedByAServerAliveUntil(eventKey, marker, LocalDateTime.now().minusSeconds(5));

    dispatcher.retryPending();

    MimeMessage delivered = mail.awaitEmail(marker);
    Thread.sleep(2000);
    assertEquals(1, copiesOf(marker));
    OutboundEmail sent = mailRows.email(eventKey);
    assertEquals(OutboundEmail.Status.SENT, sent.getStatus());
    assertEquals(2, sent.getAttempts(), "the dead server's attempt, then this one");
    assertEquals(sent.getMessageId(), delivered.getMessageID());
    assertTrue(delivered.getMessageID().contains("recovery-test."), "the id of its event");
    assertNotNull(sent.getHandedOverAt(), "the hand-over recorded during this server's send");
    assertFalse(sent.getHandedOverAt().isAfter(sent.getSentAt()));
  }

  @Test
  void anEmailItsDeadServerHadHandedOverIsRecordedSentAndNeverSentAgain() throws Exception {
    String marker = "Entregue antes da queda " + UUID.randomUUID().toString().substring(0, 8);
    String eventKey = "recovery-test:" + marker;
    String messageId = "<recovery-test." + UUID.randomUUID() + "@atende.example>";
    claimedByAServerAliveUntil(eventKey, marker, LocalDateTime.now().minusSeconds(5));
    transaction.begin();
    mailRows.handedOver(eventKey, messageId);
    transaction.commit();

    dispatcher.retryPending();

    Thread.sleep(2000);
    assertEquals(0, copiesOf(marker), "the SMTP server had it already");
    OutboundEmail recorded = mailRows.email(eventKey);
    assertEquals(OutboundEmail.Status.SENT, recorded.getStatus());
    assertEquals(OutboundEmail.SENT_UNCONFIRMED, recorded.getLastError());
    assertEquals(messageId, recorded.getMessageId(), "a bounce naming it still finds it");
  }

  @Test
  void anEmailBeingSentByAnotherServerThatStillRunsIsLeftToIt() throws Exception {
    String marker = "Outro servidor " + UUID.randomUUID().toString().substring(0, 8);
    String eventKey = "recovery-test:" + marker;
    String otherServer =
        claimedByAServerAliveUntil(eventKey, marker, LocalDateTime.now().plusSeconds(30));

    dispatcher.retryPending();

    Thread.sleep(2000);
    assertEquals(0, copiesOf(marker));
    OutboundEmail claimed = mailRows.email(eventKey);
    assertEquals(OutboundEmail.Status.SENDING, claimed.getStatus());
    assertEquals(otherServer, claimed.getClaimedBy());
  }

  @Test
  void thisServerKeepsItsOwnInstanceRowAlive() {
    LocalDateTime aliveUntil = mailRows.aliveUntil(ServerInstances.THIS).orElseThrow();
    assertTrue(
        aliveUntil.isAfter(LocalDateTime.now()),
        "renewed every " + ServerInstances.RENEWAL + ": " + aliveUntil);
  }

  /**
   * Queues an email and leaves it claimed by a server instance (of its own) whose row lasts until
   * the moment given, as its heartbeat would; returns the instance.
   */
  private String claimedByAServerAliveUntil(String eventKey, String subject, LocalDateTime until)
      throws Exception {
    String server = "node2/" + UUID.randomUUID();
    transaction.begin();
    outbox.queue(
        eventKey,
        null,
        "paulo@horizonte.example",
        new ComposedEmail(subject, "texto", "<p>html</p>"));
    mailRows.serverInstance(server, until);
    mailRows.claimedBy(eventKey, server);
    transaction.commit();
    return server;
  }

  private long copiesOf(String marker) {
    return Arrays.stream(mail.received())
        .filter(m -> MailServer.subjectOf(m).equals(marker))
        .count();
  }
}
