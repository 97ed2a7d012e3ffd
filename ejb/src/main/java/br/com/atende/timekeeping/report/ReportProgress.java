package br.com.atende.timekeeping.report;

import java.io.Serializable;
import java.time.YearMonth;

/**
 * How far a report got: the entries summed so far out of the month's entries counted when it was
 * started (new entries logged meanwhile are summed too, so {@code read} may pass {@code
 * estimated}).
 */
public record ReportProgress(
    long reportId, String companyName, YearMonth month, ReportState state, int read, int estimated)
    implements Serializable {

  /** 0 to 100. */
  public int percent() {
    if (state == ReportState.COMPLETED) {
      return 100;
    }
    return estimated == 0 ? 0 : Math.min(99, (int) (100L * read / estimated));
  }

  public boolean isRunning() {
    return state == ReportState.RUNNING;
  }

  public boolean isCompleted() {
    return state == ReportState.COMPLETED;
  }

  public boolean isInterrupted() {
    return state == ReportState.INTERRUPTED;
  }
}
