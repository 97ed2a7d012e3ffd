package br.com.atende.cases.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The openings of case pages not yet written: the case page appends one (no statement, no lock, no
 * transaction of its own), {@link CaseReadingFlush} writes them in one batch every few seconds.
 * Bounded: should the database stop taking them, the page goes on and the readings beyond the bound
 * are counted as lost in the log rather than filling the heap.
 */
@ApplicationScoped
public class CaseReadings {

  /** About a minute of openings at a few hundred per second. */
  static final int BOUND = 50_000;

  private static final Logger LOG = Logger.getLogger(CaseReadings.class.getName());

  /** One opening of a case page. */
  public record Reading(long caseId, long agentId, LocalDateTime readAt) {}

  private final BlockingQueue<Reading> pending = new ArrayBlockingQueue<>(BOUND);

  private final AtomicLong lost = new AtomicLong();

  @Inject private Clock clock;

  public void record(long caseId, long agentId) {
    if (!pending.offer(new Reading(caseId, agentId, LocalDateTime.now(clock)))
        && lost.incrementAndGet() % 1000 == 1) {
      LOG.warning(() -> "case readings lost, the buffer is full: " + lost.get());
    }
  }

  /** Takes at most {@code max} readings out, oldest first. */
  List<Reading> take(int max) {
    List<Reading> taken = new ArrayList<>(Math.min(max, pending.size()));
    pending.drainTo(taken, max);
    return taken;
  }
}
