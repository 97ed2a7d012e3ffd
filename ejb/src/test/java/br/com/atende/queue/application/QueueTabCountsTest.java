package br.com.atende.queue.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import br.com.atende.cases.live.CaseChanged;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueueTabCountsTest {

  private static final long ANA = 1;
  private static final long BRUNO = 2;

  private final QueueTabCounts kept = new QueueTabCounts();
  private final AtomicInteger countings = new AtomicInteger();
  private Instant now = Instant.parse("2026-12-01T12:00:00Z");

  @BeforeEach
  void aClockThatMovesOnlyWhenTold() {
    kept.clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        };
  }

  @Test
  void theCountsAreCountedOnceWhileNoCaseChanges() {
    List<QueueTabCount> first = kept.of(ANA, counting(3));
    List<QueueTabCount> second = kept.of(ANA, counting(7));

    assertEquals(1, countings.get());
    assertEquals(first, second);
    assertEquals(3, second.get(0).count());
  }

  @Test
  void eachAgentHasCountsOfItsOwn() {
    kept.of(ANA, counting(3));

    assertEquals(5, kept.of(BRUNO, counting(5)).get(0).count());
    assertEquals(2, countings.get());
  }

  @Test
  void aCommittedCaseChangeMakesEveryAgentsCountsBeCountedAgain() {
    kept.of(ANA, counting(3));
    kept.of(BRUNO, counting(4));

    kept.caseChanged(new CaseChanged(10, 2, 99L, "Carla", 1, ANA, null));

    assertEquals(8, kept.of(ANA, counting(8)).get(0).count());
    assertEquals(9, kept.of(BRUNO, counting(9)).get(0).count());
  }

  @Test
  void countsTakenWhileACaseChangesAreNotKept() {
    kept.of(
        ANA,
        () -> {
          kept.caseChanged(new CaseChanged(10, 2, 99L, "Carla", 1, ANA, null));
          return counting(3).get();
        });

    assertEquals(4, kept.of(ANA, counting(4)).get(0).count());
  }

  @Test
  void countsAreCountedAgainAfterTheirMaximumAgeEvenWithoutAChangeHeardOf() {
    kept.of(ANA, counting(3));

    now = now.plus(Duration.ofMillis(QueueTabCounts.MAX_AGE_MILLIS - 1));
    assertEquals(3, kept.of(ANA, counting(4)).get(0).count());

    now = now.plus(Duration.ofMillis(1));
    assertEquals(4, kept.of(ANA, counting(4)).get(0).count());
  }

  private Supplier<List<QueueTabCount>> counting(long count) {
    return () -> {
      countings.incrementAndGet();
      return List.of(new QueueTabCount(QueueTab.MINE_OPEN, count, false));
    };
  }
}
