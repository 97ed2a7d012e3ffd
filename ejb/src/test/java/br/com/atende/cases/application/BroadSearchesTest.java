package br.com.atende.cases.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BroadSearchesTest {

  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

  private final MovableClock clock = new MovableClock(NOW);

  private final BroadSearches broad = new BroadSearches(clock);

  private final SearchQuery common =
      new SearchQuery("certificado vencido", SearchMode.ANY_WORD, SearchScope.ALL);

  @Test
  void aSearchFoundTooBroadIsKnownSoForAMinuteToTheSameAgent() {
    broad.found(7, 2, common);

    clock.now = NOW.plus(Duration.ofSeconds(59));
    assertTrue(broad.foundRecently(7, 2, common));
    clock.now = NOW.plus(BroadSearches.KEPT);
    assertFalse(broad.foundRecently(7, 2, common));
  }

  @Test
  void theSameWordsInAnotherCaseAndSpacingAreTheSameSearch() {
    broad.found(7, 2, common);

    assertTrue(
        broad.foundRecently(
            7,
            2,
            new SearchQuery("  Certificado,  VENCIDO ", SearchMode.ANY_WORD, SearchScope.ALL)));
  }

  @Test
  void anotherAgentAnotherClearanceOrAnotherSearchIsCountedAgain() {
    broad.found(7, 2, common);

    assertFalse(broad.foundRecently(8, 2, common));
    assertFalse(broad.foundRecently(7, 1, common));
    assertFalse(
        broad.foundRecently(
            7,
            2,
            new SearchQuery("certificado vencido", SearchMode.EXACT_PHRASE, SearchScope.ALL)));
    assertFalse(
        broad.foundRecently(
            7,
            2,
            new SearchQuery("certificado vencido", SearchMode.ANY_WORD, SearchScope.SUBJECT)));
    assertFalse(
        broad.foundRecently(
            7,
            2,
            new SearchQuery("certificado vencido hoje", SearchMode.ANY_WORD, SearchScope.ALL)));
  }

  @Test
  void theKeptSearchesAreBoundedAndTheExpiredGoFirst() {
    for (int viewer = 0; viewer < BroadSearches.MOST - 1; viewer++) {
      broad.found(viewer, 0, common);
    }
    clock.now = NOW.plus(BroadSearches.KEPT);
    broad.found(BroadSearches.MOST, 0, common);
    broad.found(BroadSearches.MOST + 1, 0, common);

    assertTrue(broad.foundRecently(BroadSearches.MOST, 0, common));
    assertTrue(broad.foundRecently(BroadSearches.MOST + 1, 0, common));
    assertFalse(broad.foundRecently(0, 0, common));
  }

  private static final class MovableClock extends Clock {
    Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
