package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.it.support.ClusterApi;
import br.com.atende.it.support.ClusterDatabase;
import br.com.atende.it.support.ClusterDatabase.Email;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An agent working through the balancer of a running cluster loses the server it is on, and goes on
 * working on the other without logging in again (issue 18). Not part of the Arquillian suite: it
 * needs the cluster that {@code run-cluster.sh} starts, and {@code bench/faults.sh} runs it
 * (failsafe execution {@code on-cluster}), with the balancer's address in {@code
 * atende.cluster.url} and the servers' directory (their Java processes' pids) in {@code
 * atende.cluster.dir}. It kills a node: the cluster is left with one.
 *
 * <p>While the agent works, ten API clients open cases and append their clients' contacts through
 * the balancer, as real clients do (an {@code Idempotency-Key} on every request, a request that got
 * no answer sent again with its key), and the node dies under some of them (issue 18, fault 1):
 * every request that got a success is in the cluster's database exactly once, every email of the
 * outbox is delivered exactly once (this test's GreenMail is the nodes' SMTP server), and the
 * survivor takes over the jobs' leases (ClusterLease) within a minute.
 */
class ClusterFailoverInBrowserIT {

  private final String balancer = System.getProperty("atende.cluster.url");
  private final Path servers = Path.of(System.getProperty("atende.cluster.dir"));

  private static final int API_CLIENTS = 10;
  private static final int OPENINGS_EACH = 8;

  private final ClusterDatabase database = new ClusterDatabase();

  private Browser browser;

  private GreenMail smtp;

  private ExecutorService clients;

  @BeforeEach
  void startBrowserAndSmtpServer() {
    smtp =
        new GreenMail(
            new ServerSetup(
                Integer.getInteger("atende.cluster.smtp.port", 3626),
                "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    browser = new Browser();
  }

  @AfterEach
  void closeBrowserAndSmtpServer() {
    if (clients != null) {
      clients.shutdownNow();
    }
    browser.close();
    smtp.stop();
  }

  @Test
  void anAgentWhoseServerDiesGoesOnWorkingWithoutLoggingInAgainAndNoRequestIsLostOrDoubled()
      throws Exception {
    // The agent logs in on the node that runs the outbox's retry rounds (a new session until the
    // balancer sends it there), so that the node's death also moves the jobs.
    String jobsNode = database.leaseHolder("mail-retry");
    for (int attempt = 0; attempt < 6; attempt++) {
      browser.forgetCookies();
      browser.open(balancer + "cases/queue.xhtml");
      browser.logIn("ana", "atende");
      browser.until(ExpectedConditions.urlContains("/cases/queue.xhtml"));
      String route = browser.cookie("JSESSIONID");
      if (route.endsWith("." + jobsNode)) {
        break;
      }
    }
    // Something kept in the session, beside the login: the agent's language.
    browser.click(By.id("nav:language"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("nav:queue"), "Department queue"));

    // The session cookie's route names the node that holds the session, where the balancer sends
    // the agent: that is the node to kill.
    String session = browser.cookie("JSESSIONID");
    String node = session.substring(session.lastIndexOf('.') + 1);
    assertTrue(node.matches("node[12]"), "the session's route names a node: " + session);
    long pid = Long.parseLong(Files.readString(servers.resolve(node + ".pid")).strip());
    ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
    String survivorNode = node.equals("node1") ? "node2" : "node1";

    // The API clients start working, and the node dies once some of their requests are answered.
    String run = "crash-" + UUID.randomUUID().toString().substring(0, 8);
    Work work = startApiClients(run);
    awaitUntil(() -> work.acknowledged() >= 20, Duration.ofSeconds(60), "20 requests answered");
    long killedAt = System.nanoTime();
    new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
    server.onExit().join();

    // The next click is a postback of the page the dead node rendered: its view state and the
    // login must come from the replicated session.
    browser.click(By.id("nav:language"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("nav:queue"), "Fila do departamento"));
    long recoveredMillis = Duration.ofNanos(System.nanoTime() - killedAt).toMillis();
    assertTrue(browser.currentUrl().contains("/cases/"), browser.currentUrl());
    assertEquals(
        Boolean.TRUE,
        browser.script("return document.getElementById('j_password') === null"),
        "no login form again");
    String survivor = browser.cookie("JSESSIONID");
    assertEquals(
        session.substring(0, session.lastIndexOf('.')),
        survivor.substring(0, survivor.lastIndexOf('.')),
        "the same session");
    assertNotEquals(node, survivor.substring(survivor.lastIndexOf('.') + 1), "on the other node");

    // And the agent goes on: another page, as the same agent.
    browser.click(By.id("nav:search"));
    browser.until(ExpectedConditions.urlContains("/cases/search.xhtml"));
    assertTrue(browser.pageText().contains("ana"), "still logged in as ana");
    System.out.printf(
        "FAULT name=session-failover acknowledged=1 found=1 duplicates=0 lost=0 recovered_s=%.1f%n",
        recoveredMillis / 1000.0);

    // The survivor takes over the jobs of the dead node: their leases, renewed at each tick.
    // (The nightly sweep's lease lasts 6 hours by design; the mailbox poller runs only when a
    // mailbox is configured.)
    awaitUntil(
        () -> survivorNode.equals(database.leaseHolder("mail-retry")),
        Duration.ofSeconds(90),
        "the survivor holds the outbox's lease");
    double leasesMoved = (System.nanoTime() - killedAt) / 1e9;
    work.finish();
    assertTrue(leasesMoved <= 60, "the leases moved within a minute: " + leasesMoved + " s");

    // Every request that got a success is in the database exactly once.
    int found = 0;
    int duplicates = 0;
    for (String subject : work.opened.keySet()) {
      long copies = database.count("SELECT count(*) FROM support_case WHERE subject = ?", subject);
      found += copies > 0 ? 1 : 0;
      duplicates += (int) Math.max(0, copies - 1);
    }
    for (String text : work.noted) {
      long copies =
          database.count(
              "SELECT count(*) FROM discussion_entry WHERE kind = 'CLIENT_CONTACT' AND body = ?",
              text);
      found += copies > 0 ? 1 : 0;
      duplicates += (int) Math.max(0, copies - 1);
    }
    int acknowledged = work.opened.size() + work.noted.size();
    assertEquals(
        API_CLIENTS * OPENINGS_EACH * 2,
        acknowledged,
        "every request acknowledged in the end, retried with its key");

    // Every email of the outbox is sent, by whichever node, and none twice. An email the dead node
    // was sending when it died is sent again by the survivor once the dead node's instance row has
    // run out (ServerInstances, 30 s), with the same Message-ID, unless it had been handed over
    // (then recorded sent, see OutboundEmail).
    awaitUntil(
        () -> database.outboxOf(run).values().stream().allMatch(e -> e.status().equals("SENT")),
        Duration.ofSeconds(120),
        "every email of the work sent");
    Map<String, Integer> delivered = new HashMap<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      delivered.merge(message.getMessageID(), 1, Integer::sum);
    }
    Map<Long, Email> emails = database.outboxOf(run);
    int emailsDelivered = 0;
    int emailsTwice = 0;
    int resent = 0;
    int takenAsSent = 0;
    int sentButMissing = 0;
    for (Email email : emails.values()) {
      int copies = delivered.getOrDefault(email.messageId(), 0);
      emailsDelivered += copies > 0 ? 1 : 0;
      emailsTwice += Math.max(0, copies - 1);
      resent += email.attempts() > 1 ? 1 : 0;
      takenAsSent += "mail.sentUnconfirmed".equals(email.lastError()) ? 1 : 0;
      sentButMissing += email.status().equals("SENT") && copies == 0 ? 1 : 0;
    }
    System.out.printf(
        "node-crash: %d requests, %d emails (%d delivered, %d twice; of the dead node's claims, %d"
            + " sent again, %d handed over and recorded sent); the outbox's lease, held by %s, moved"
            + " to %s in %.1f s%n",
        acknowledged,
        emails.size(),
        emailsDelivered,
        emailsTwice,
        resent,
        takenAsSent,
        jobsNode,
        survivorNode,
        leasesMoved);
    System.out.printf(
        "FAULT name=node-crash acknowledged=%d found=%d duplicates=%d lost=%d recovered_s=%.1f%n",
        acknowledged + emails.size(),
        found + emailsDelivered,
        duplicates + emailsTwice,
        acknowledged - found + emails.size() - emailsDelivered,
        leasesMoved);
    assertEquals(acknowledged, found, "every acknowledged request in the database");
    assertEquals(0, duplicates, "none twice");
    assertEquals(0, sentButMissing, "every email marked sent was delivered");
    assertEquals(0, emailsTwice, "no email twice");
    assertEquals(emails.size(), emailsDelivered, "every email delivered");
  }

  /**
   * What the API clients got acknowledged: the subjects of their cases and their contacts' texts.
   */
  private final class Work {
    final Map<String, Long> opened = new ConcurrentHashMap<>();
    final Set<String> noted = ConcurrentHashMap.newKeySet();
    List<Future<?>> running;

    int acknowledged() {
      return opened.size() + noted.size();
    }

    void finish() throws Exception {
      for (Future<?> client : running) {
        client.get(180, TimeUnit.SECONDS);
      }
    }
  }

  /**
   * Ten API clients, each opening cases and appending a contact to each, through the balancer; a
   * request is tried up to 30 times, a second apart (the balancer skips a dead node after 5 s).
   */
  private Work startApiClients(String run) {
    ClusterApi api = new ClusterApi(balancer, database.newApiClient(run), 30);
    long party = database.anyClient();
    Work work = new Work();
    clients = Executors.newFixedThreadPool(API_CLIENTS);
    work.running =
        java.util.stream.IntStream.range(0, API_CLIENTS)
            .<Future<?>>mapToObj(
                c ->
                    clients.submit(
                        () -> {
                          for (int i = 0; i < OPENINGS_EACH; i++) {
                            String subject = run + " " + c + "-" + i;
                            OptionalLong opened =
                                api.open(subject, party, subject, "Falha de um servidor " + i);
                            if (opened.isEmpty()) {
                              continue;
                            }
                            work.opened.put(subject, opened.getAsLong());
                            String text = run + " contato " + c + "-" + i + ".";
                            if (api.appendContact(
                                subject + "-contact", opened.getAsLong(), party, text)) {
                              work.noted.add(text);
                            }
                          }
                          return null;
                        }))
            .toList();
    return work;
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
