package br.com.atende.mail.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.shared.BusinessException;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class OutboundEmailTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);

  private static final String SERVER = "node1/0c5e";

  private final OutboundEmail email =
      new OutboundEmail("case-opened:1", 1L, "paulo@horizonte.example", "s", "t", "h", NOW);

  @Test
  void aSubjectLongerThanTheOutboxKeepsIsShortenedWithAnEllipsisKeepingItsStart() {
    String subject = "[Atendimento 2026-000123] Repassado de volta a você: " + "x".repeat(200);

    OutboundEmail returned =
        new OutboundEmail("case-forwarded:1:1", 1L, "ana@acme.example", subject, "t", "h", NOW);

    assertEquals(OutboundEmail.SUBJECT_MAX, returned.getSubject().length());
    assertTrue(returned.getSubject().startsWith("[Atendimento 2026-000123] Repassado"));
    assertTrue(returned.getSubject().endsWith("…"));
    assertEquals("curto", OutboundEmail.fitted("curto"));
    String emoji = "a".repeat(OutboundEmail.SUBJECT_MAX - 2) + "😀😀";
    assertFalse(
        Character.isHighSurrogate(
            OutboundEmail.fitted(emoji).charAt(OutboundEmail.fitted(emoji).length() - 2)),
        "a character is never cut in half");
  }

  @Test
  void aSubjectIsKeptOnOneLineWhateverLineBreaksItWasWrittenWith() {
    assertEquals(
        "[Atendimento 2026-000123] Bcc: x@evil.example Olá",
        OutboundEmail.fitted("[Atendimento 2026-000123] \r\nBcc: x@evil.example\u2028Olá\n"));
  }

  @Test
  void aQueuedEmailIsDueAtOnce() {
    assertTrue(email.isDue(NOW));
  }

  @Test
  void aFailedAttemptIsRetriedAfterThirtySecondsThenTwiceAsLateEachTime() {
    email.markFailed("Connection refused", NOW);
    assertFalse(email.isDue(NOW.plusSeconds(29)));
    assertTrue(email.isDue(NOW.plusSeconds(30)));

    email.markFailed("Connection refused", NOW);
    assertFalse(email.isDue(NOW.plusSeconds(59)));
    assertTrue(email.isDue(NOW.plusSeconds(60)));
  }

  @Test
  void afterTheLastAttemptTheEmailIsLeftFailedForAnAdministrator() {
    for (int i = 0; i < OutboundEmail.MAX_ATTEMPTS; i++) {
      email.markFailed("Connection refused", NOW);
    }
    assertEquals(OutboundEmail.Status.FAILED, email.getStatus());
    assertFalse(email.isDue(NOW.plusDays(1)));
  }

  @Test
  void aSentEmailIsNeverDueAgain() {
    email.markSent("<x@example.org>", NOW);
    assertEquals(OutboundEmail.Status.SENT, email.getStatus());
    assertFalse(email.isDue(NOW.plusDays(1)));
  }

  @Test
  void aClaimedEmailIsNotDueForAnyOtherSender() {
    assertTrue(email.claim(SERVER, NOW));
    assertEquals(OutboundEmail.Status.SENDING, email.getStatus());
    assertFalse(email.claim(SERVER, NOW));
    assertFalse(email.isDue(NOW.plusDays(1)));
  }

  @Test
  void aFailureReportedBySmtpSendsTheClaimedEmailBackToTheQueueAfterTheConfiguredDelay() {
    email.claim(SERVER, NOW);
    email.markFailed("Connection refused", NOW, Duration.ofSeconds(1));
    assertEquals(OutboundEmail.Status.PENDING, email.getStatus());
    assertFalse(email.isDue(NOW));
    assertTrue(email.isDue(NOW.plusSeconds(1)));
  }

  @Test
  void aClaimNeverFinishedIsGivenUpAsOfUnknownOutcomeAndNeverResentByItself() {
    email.claim(SERVER, NOW);
    assertFalse(email.abandonStaleClaim(NOW.minusMinutes(1)));
    assertTrue(email.abandonStaleClaim(NOW.plusMinutes(10)));
    assertEquals(OutboundEmail.Status.FAILED, email.getStatus());
    assertEquals(OutboundEmail.OUTCOME_UNKNOWN, email.getLastError());
    assertFalse(email.isDue(NOW.plusDays(1)));
  }

  @Test
  void anEmailWhoseServerDiedBeforeHandingItOverIsDueAgainAtOnceAsAnAttempt() {
    email.claim(SERVER, NOW);
    assertEquals(SERVER, email.getClaimedBy());
    assertTrue(email.recoverClaimOf(SERVER, NOW.plusMinutes(1)));
    assertEquals(OutboundEmail.Status.PENDING, email.getStatus());
    assertEquals(OutboundEmail.CLAIMER_GONE, email.getLastError());
    assertEquals(1, email.getAttempts());
    assertNull(email.getClaimedBy());
    assertTrue(email.isDue(NOW.plusMinutes(1)));
  }

  @Test
  void anEmailItsDeadServerHadHandedOverIsRecordedSentAndNeverSentAgain() {
    email.claim(SERVER, NOW);
    email.handingOver(SERVER, "<case-opened.1@example.org>", NOW.plusSeconds(1));
    assertTrue(email.recoverClaimOf(SERVER, NOW.plusMinutes(1)));
    assertEquals(OutboundEmail.Status.SENT, email.getStatus());
    assertEquals(OutboundEmail.SENT_UNCONFIRMED, email.getLastError());
    assertEquals("<case-opened.1@example.org>", email.getMessageId(), "a bounce still finds it");
    assertEquals(NOW.plusSeconds(1), email.getSentAt());
    assertFalse(email.isDue(NOW.plusDays(1)));
  }

  @Test
  void onlyItsClaimerHandsAnEmailOver() {
    assertThrows(
        IllegalStateException.class, () -> email.handingOver(SERVER, "<x@example.org>", NOW));
    email.claim("node2/other", NOW);
    assertThrows(
        IllegalStateException.class, () -> email.handingOver(SERVER, "<x@example.org>", NOW));
    assertNull(email.getHandedOverAt());
  }

  @Test
  void anEndOfDataTheSmtpServerRefusedLeavesTheEmailToBeSentAgain() {
    email.claim(SERVER, NOW);
    email.handingOver(SERVER, "<x@example.org>", NOW);
    email.markFailed("554 refused", NOW);
    assertNull(email.getHandedOverAt());
    email.claim(SERVER, NOW.plusHours(1));
    assertTrue(email.recoverClaimOf(SERVER, NOW.plusHours(2)));
    assertEquals(OutboundEmail.Status.PENDING, email.getStatus(), "sent again: it never left");
  }

  @Test
  void anEndOfDataThatGotNoAnswerIsLeftForAnAdministratorAsOfUnknownOutcome() {
    email.claim(SERVER, NOW);
    email.handingOver(SERVER, "<x@example.org>", NOW);
    email.markUnanswered();
    assertEquals(OutboundEmail.Status.FAILED, email.getStatus());
    assertEquals(OutboundEmail.OUTCOME_UNKNOWN, email.getLastError());
    assertFalse(email.isDue(NOW.plusDays(1)), "never resent by itself");
  }

  @Test
  void onlyAnEmailBeingHandedOverCanGoUnanswered() {
    email.claim(SERVER, NOW);
    assertThrows(IllegalStateException.class, email::markUnanswered);
    assertEquals(OutboundEmail.Status.SENDING, email.getStatus());
  }

  @Test
  void onlyTheGoneServersOwnClaimIsSentAgain() {
    assertFalse(email.recoverClaimOf(SERVER, NOW), "not claimed");
    email.claim("node2/other", NOW);
    assertFalse(email.recoverClaimOf(SERVER, NOW));
    assertEquals(OutboundEmail.Status.SENDING, email.getStatus());
    email.markSent("<x@example.org>", NOW);
    assertFalse(email.recoverClaimOf("node2/other", NOW), "sent meanwhile");
    assertEquals(OutboundEmail.Status.SENT, email.getStatus());
  }

  @Test
  void anEmailWhoseSendingKeepsKillingItsServerIsLeftFailedAfterTheLastAttempt() {
    for (int i = 0; i < OutboundEmail.MAX_ATTEMPTS; i++) {
      email.claim(SERVER, NOW);
      email.recoverClaimOf(SERVER, NOW);
    }
    assertEquals(OutboundEmail.Status.FAILED, email.getStatus());
    assertFalse(email.isDue(NOW.plusDays(1)));
  }

  @Test
  void anAdministratorRetryMakesAFailedEmailDueAtOnceWithAFreshRoundOfAttempts() {
    email.claim(SERVER, NOW);
    email.abandonStaleClaim(NOW);
    email.retry(NOW.plusHours(1));
    assertEquals(OutboundEmail.Status.PENDING, email.getStatus());
    assertEquals(0, email.getAttempts());
    assertTrue(email.isDue(NOW.plusHours(1)));
  }

  @Test
  void onlyAFailedEmailCanBeRetried() {
    assertThrows(BusinessException.class, () -> email.retry(NOW));
  }
}
