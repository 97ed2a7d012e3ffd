package br.com.atende.account.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginFailuresTest {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  private final LoginFailures failures = new LoginFailures(3, Duration.ofMinutes(15), 100);

  @Test
  void aKeyIsLockedAtTheThirdFailureUntilFifteenMinutesAfterTheLast() {
    failures.failed("ana", T0);
    failures.failed("ana", T0.plusSeconds(60));
    assertEquals(Duration.ZERO, failures.lockedFor("ana", T0.plusSeconds(61)));
    failures.failed("ANA ", T0.plusSeconds(120));
    assertEquals(Duration.ofMinutes(14), failures.lockedFor("ana", T0.plusSeconds(180)));
    assertEquals(Duration.ZERO, failures.lockedFor("ana", T0.plusSeconds(120 + 15 * 60)));
  }

  @Test
  void failuresFurtherApartThanTheLockStartTheCountAgain() {
    failures.failed("bruno", T0);
    failures.failed("bruno", T0.plusSeconds(60));
    failures.failed("bruno", T0.plusSeconds(60 + 16 * 60));
    assertEquals(Duration.ZERO, failures.lockedFor("bruno", T0.plusSeconds(60 + 16 * 60)));
  }

  @Test
  void forgettingAKeyUnlocksIt() {
    for (int i = 0; i < 3; i++) {
      failures.failed("carla", T0);
    }
    failures.forget("carla");
    assertEquals(Duration.ZERO, failures.lockedFor("carla", T0));
  }

  @Test
  void whenFullStaleKeysMakeRoomAndFreshOnesAreNotCountedOverCapacity() {
    LoginFailures small = new LoginFailures(1, Duration.ofMinutes(15), 2);
    small.failed("a", T0);
    small.failed("b", T0);
    small.failed("c", T0);
    assertEquals(Duration.ZERO, small.lockedFor("c", T0), "no room: not counted");
    small.failed("d", T0.plusSeconds(16 * 60));
    assertEquals(Duration.ofMinutes(15), small.lockedFor("d", T0.plusSeconds(16 * 60)));
  }
}
