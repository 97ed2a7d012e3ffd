package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.ForwardingService;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.OutboxRowsProbe;
import br.com.atende.it.support.Teams;
import br.com.atende.mail.application.ComposedEmail;
import br.com.atende.mail.application.MailOutbox;
import br.com.atende.mail.model.OutboundEmail;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reliable delivery (SPEC C6): the outbox row lives and dies with the case change, the SMTP server
 * being down delays mail but never loses it or rolls a case back, and no event is mailed twice. The
 * test server retries every second (-Datende.mail.retry-seconds=1, first back-off 1 s).
 */
@ExtendWith(ArquillianExtension.class)
class MailOutageIT {

  private static final int CASES = 100;

  @Inject ActingAgent acting;

  @Inject CaseService cases;

  @Inject ForwardingService forwarding;

  @Inject Teams teams;

  @Inject Openings openings;

  @Inject OutboxRowsProbe outboxRows;

  @Inject MailOutbox outbox;

  @Inject UserTransaction transaction;

  private GreenMail smtp;

  @AfterEach
  void stopSmtpServer() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void whileSmtpIsDownCasesAreOpenedAndTheirEmailsAreDeliveredExactlyOnceWhenItComesBack()
      throws Exception {
    // No SMTP server listens: every hand-over fails.
    long helen = openings.partyId("bruno", "Helen");
    String marker = "Outage " + UUID.randomUUID().toString().substring(0, 8) + " #";

    List<OpenedCase> opened = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      String subject = marker + i;
      opened.add(
          acting.as(
              "bruno",
              () ->
                  cases.open(
                      Openings.command(
                          cases.openingDefaults(),
                          helen,
                          null,
                          subject,
                          "Please send the new timetable.",
                          Priority.LOW,
                          null,
                          false,
                          "PHONE",
                          ContactOrigin.CLIENT))));
    }
    List<Long> caseIds = opened.stream().map(OpenedCase::id).toList();
    assertTrue(opened.stream().allMatch(OpenedCase::openingEmailQueued));
    assertEquals(CASES, outboxRows.countCasesWithSubjectLike(marker), "no case rolled back");

    awaitUntil(
        () -> outboxRows.ofCases(caseIds).stream().allMatch(e -> e.getAttempts() >= 1),
        Duration.ofSeconds(60),
        "every email tried once while SMTP is down");
    // Retries come every second here: an email may be claimed for its next try (SENDING) as it is
    // read.
    assertTrue(
        outboxRows.ofCases(caseIds).stream()
            .allMatch(
                e ->
                    (e.getStatus() == OutboundEmail.Status.PENDING
                            || e.getStatus() == OutboundEmail.Status.SENDING)
                        && e.getLastError() != null),
        "failed attempts leave the emails unsent and not given up, with the error kept");

    smtp = startSmtpServer();
    awaitUntil(
        () -> messagesWith(marker).size() >= CASES,
        Duration.ofSeconds(120),
        CASES + " emails delivered after SMTP came back");
    // A few more retry rounds: nothing may arrive a second time.
    Thread.sleep(3000);

    List<MimeMessage> delivered = messagesWith(marker);
    Map<String, Long> copiesBySubject =
        delivered.stream()
            .collect(Collectors.groupingBy(MailOutageIT::subjectOf, Collectors.counting()));
    assertEquals(CASES, delivered.size(), "exactly one email per opening");
    assertEquals(CASES, copiesBySubject.size(), "every case's email arrived");
    assertTrue(copiesBySubject.values().stream().allMatch(n -> n == 1), "none twice");
    List<OutboundEmail> rows = outboxRows.ofCases(caseIds);
    assertEquals(CASES, rows.size());
    assertTrue(rows.stream().allMatch(e -> e.getStatus() == OutboundEmail.Status.SENT));
    assertTrue(rows.stream().allMatch(e -> e.getAttempts() >= 2), "each was retried");
  }

  @Test
  void whileSmtpIsDownCasesAreForwardedAndEachForwardingEmailIsDeliveredOnceWhenItComesBack()
      throws Exception {
    // No SMTP server listens: the openings' and the forwards' emails all wait in the outbox.
    long helen = openings.partyId("bruno", "Helen");
    long ana = teams.agentId("ana");
    String marker = "Forward outage " + UUID.randomUUID().toString().substring(0, 8) + " #";
    for (int i = 0; i < CASES; i++) {
      String subject = marker + i;
      acting.as(
          "bruno",
          () -> {
            OpenedCase opened =
                cases.open(
                    Openings.command(
                        cases.openingDefaults(),
                        helen,
                        null,
                        subject,
                        "Please send the new timetable.",
                        Priority.LOW,
                        null,
                        false,
                        "PHONE",
                        ContactOrigin.CLIENT));
            long version = cases.details(opened.id()).version();
            return forwarding.forwardToAgent(opened.id(), version, ana, "Ana cuida de horários");
          });
    }

    smtp = startSmtpServer();
    awaitUntil(
        () -> forwardingEmailsWith(marker).size() >= CASES,
        Duration.ofSeconds(120),
        CASES + " forwarding emails delivered after SMTP came back");
    // A few more retry rounds: nothing may arrive a second time.
    Thread.sleep(3000);

    List<MimeMessage> delivered = forwardingEmailsWith(marker);
    assertEquals(CASES, delivered.size(), "exactly one forwarding email per forward");
    assertEquals(
        CASES,
        delivered.stream().map(MailOutageIT::subjectOf).distinct().count(),
        "every forward's email arrived, none twice");
    assertTrue(
        delivered.stream().allMatch(m -> recipientsOf(m).equals("ana@acme.example")),
        "each went to the new holder");
  }

  @Test
  void anOpeningRolledBackLeavesNoEmailBehind() throws Exception {
    long helen = openings.partyId("bruno", "Helen");
    String subject = "Rolled back " + UUID.randomUUID().toString().substring(0, 8);

    // The agent's transaction is begun here; the opening joins it, then it rolls back.
    transaction.begin();
    OpenedCase opened;
    try {
      opened =
          acting.as(
              "bruno",
              () ->
                  cases.open(
                      Openings.command(
                          cases.openingDefaults(),
                          helen,
                          null,
                          subject,
                          "Never committed.",
                          Priority.LOW,
                          null,
                          false,
                          "PHONE",
                          ContactOrigin.CLIENT)));
    } finally {
      transaction.rollback();
    }

    assertTrue(opened.openingEmailQueued(), "queued inside the transaction");
    assertEquals(0, outboxRows.countCasesWithSubject(subject));
    assertEquals(0, outboxRows.countWithEventKey("case-opened:" + opened.id()));
  }

  @Test
  void anAddressCarryingALineBreakNeverReachesTheOutbox() throws Exception {
    String eventKey = "injection-test:" + UUID.randomUUID();
    transaction.begin();
    try {
      assertThrows(
          Exception.class,
          () ->
              outbox.queue(
                  eventKey,
                  null,
                  "paulo@horizonte.example\r\nBcc: everyone@elsewhere.example",
                  new ComposedEmail("s", "t", "h")));
    } finally {
      transaction.rollback();
    }
    assertEquals(0, outboxRows.countWithEventKey(eventKey));
  }

  private static GreenMail startSmtpServer() {
    GreenMail server =
        new GreenMail(
            new ServerSetup(
                Integer.getInteger("atende.smtp.port", 3025),
                "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }

  /** The forwarding emails (as Ana, a pt-BR reader, gets them) about the marked cases. */
  private List<MimeMessage> forwardingEmailsWith(String marker) {
    return messagesWith(marker).stream()
        .filter(m -> subjectOf(m).contains("Repassado a você"))
        .toList();
  }

  private static String recipientsOf(MimeMessage message) {
    try {
      return Arrays.stream(message.getAllRecipients())
          .map(Object::toString)
          .collect(Collectors.joining(", "));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<MimeMessage> messagesWith(String marker) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subjectOf(m).contains(marker))
        .toList();
  }

  private static void awaitUntil(Check check, Duration timeout, String what) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (!check.holds()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not within " + timeout + ": " + what);
      }
      Thread.sleep(250);
    }
  }

  private interface Check {
    boolean holds() throws Exception;
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
