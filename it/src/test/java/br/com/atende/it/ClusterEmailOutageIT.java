package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.it.support.ClusterApi;
import br.com.atende.it.support.ClusterDatabase;
import br.com.atende.it.support.ClusterDatabase.Email;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SMTP outage of {@code MailOutageIT}, through a running cluster (issue 18, fault 4): while the
 * cluster's SMTP server is down, cases opened through the balancer and the API are opened all the
 * same and their emails wait in the outbox; when SMTP comes back, each email is delivered exactly
 * once, by whichever node holds the {@code mail-retry} lease. Not part of the Arquillian suite:
 * {@code bench/faults.sh} starts the cluster with no mail sink (this test's GreenMail is the nodes'
 * SMTP server, {@code atende.cluster.smtp.port}) and runs it (failsafe execution {@code
 * on-cluster}) before {@code ClusterFailoverInBrowserIT} kills a node.
 */
class ClusterEmailOutageIT {

  private static final int OPENINGS = 20;

  private final ClusterDatabase database = new ClusterDatabase();

  private GreenMail smtp;

  @AfterEach
  void stopSmtpServer() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void casesOpenedWhileSmtpIsDownHaveTheirEmailsSentOnceEachWhenItComesBack() throws Exception {
    String run = "outage-" + UUID.randomUUID().toString().substring(0, 8);
    ClusterApi api =
        new ClusterApi(System.getProperty("atende.cluster.url"), database.newApiClient(run), 3);
    long party = database.anyClient();

    // SMTP is down: every opening is acknowledged all the same, by either node.
    for (int i = 0; i < OPENINGS; i++) {
      assertTrue(
          api.open(run + "-" + i, party, run + " " + i, "Sem SMTP " + i).isPresent(),
          "opening " + i + " acknowledged");
    }
    assertEquals(
        OPENINGS,
        database.count("SELECT count(*) FROM support_case WHERE subject LIKE ?", run + " %"),
        "every acknowledged opening is a case");
    awaitUntil(
        () -> {
          Map<Long, Email> rows = database.outboxOf(run);
          return rows.size() >= OPENINGS && rows.values().stream().allMatch(e -> e.attempts() > 0);
        },
        Duration.ofSeconds(90),
        "every email tried (and failed) while SMTP is down");
    Map<Long, Email> waiting = database.outboxOf(run);
    assertTrue(
        waiting.values().stream()
            .allMatch(
                e ->
                    !e.status().equals("SENT") && !e.status().equals("FAILED") && e.failedBefore()),
        "failed emails wait, not given up, with their error kept: " + waiting.values());

    smtp =
        new GreenMail(
            new ServerSetup(
                Integer.getInteger("atende.cluster.smtp.port", 3626),
                "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    long smtpBack = System.nanoTime();
    // The retry rounds come every 20 s on the lease holder; the first back-off is 30 s.
    awaitUntil(
        () -> database.outboxOf(run).values().stream().allMatch(e -> e.status().equals("SENT")),
        Duration.ofSeconds(180),
        "every email sent once SMTP is back");
    double recovered = (System.nanoTime() - smtpBack) / 1e9;

    Map<String, Integer> delivered = new HashMap<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      delivered.merge(message.getMessageID(), 1, Integer::sum);
    }
    Map<Long, Email> sent = database.outboxOf(run);
    int found = 0;
    int duplicates = 0;
    for (Email email : sent.values()) {
      int copies = delivered.getOrDefault(email.messageId(), 0);
      found += copies > 0 ? 1 : 0;
      duplicates += Math.max(0, copies - 1);
    }
    String holder = database.leaseHolder("mail-retry");
    System.out.printf(
        "FAULT name=smtp-outage acknowledged=%d found=%d duplicates=%d lost=%d recovered_s=%.1f%n",
        sent.size(), found, duplicates, sent.size() - found, recovered);
    System.out.println("smtp-outage: the mail-retry lease is held by " + holder);
    assertEquals(sent.size(), found, "every email of the outbox delivered");
    assertEquals(0, duplicates, "no email delivered twice");
    assertTrue(holder.matches("node[12]"), "a node holds the retry lease: " + holder);
  }

  private static void awaitUntil(BooleanSupplier condition, Duration timeout, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(what + ": not within " + timeout);
      }
      Thread.sleep(500);
    }
  }
}
