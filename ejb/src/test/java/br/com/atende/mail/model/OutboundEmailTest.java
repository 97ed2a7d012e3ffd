package br.com.atende.mail.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class OutboundEmailTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);

  private final OutboundEmail email =
      new OutboundEmail("case-opened:1", 1L, "paulo@horizonte.example", "s", "t", "h", NOW);

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
    email.markSent(NOW);
    assertEquals(OutboundEmail.Status.SENT, email.getStatus());
    assertFalse(email.isDue(NOW.plusDays(1)));
  }
}
