package br.com.atende.it.support;

import br.com.atende.cases.live.CaseChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Listens to the live-update announcements as the web module's push bridge does, so that a test can
 * tell which changes were announced, how often, and with what.
 */
@ApplicationScoped
public class HeardCaseChanges {

  private final List<CaseChanged> heard = new CopyOnWriteArrayList<>();

  void heard(@ObservesAsync CaseChanged change) {
    heard.add(change);
  }

  /** Every announcement about this case so far, oldest first. */
  public List<CaseChanged> of(long caseId) {
    return heard.stream().filter(change -> change.caseId() == caseId).toList();
  }

  /**
   * The announcements about this case after the first {@code seen}: waits up to {@code bound} for
   * the first of them, then {@code quiet} longer for any that would follow it.
   */
  public List<CaseChanged> after(long caseId, int seen, Duration bound, Duration quiet)
      throws InterruptedException {
    long deadline = System.nanoTime() + bound.toNanos();
    while (of(caseId).size() <= seen && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    Thread.sleep(quiet.toMillis());
    List<CaseChanged> all = of(caseId);
    return all.subList(Math.min(seen, all.size()), all.size());
  }
}
