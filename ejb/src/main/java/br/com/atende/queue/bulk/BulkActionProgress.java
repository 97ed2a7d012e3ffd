package br.com.atende.queue.bulk;

import java.io.Serializable;

/**
 * How far a bulk action got: its state, its cases, how many were done and how many refused.
 *
 * @param state RUNNING while its job runs, COMPLETED, or INTERRUPTED (failed or stopped: it may be
 *     resumed)
 */
public record BulkActionProgress(
    long id, BulkActionKind kind, String state, int total, long done, long refused)
    implements Serializable {

  public static final String RUNNING = "RUNNING";
  public static final String COMPLETED = "COMPLETED";
  public static final String INTERRUPTED = "INTERRUPTED";

  public boolean isRunning() {
    return RUNNING.equals(state);
  }

  public int percent() {
    return total == 0 ? 100 : (int) ((done + refused) * 100 / total);
  }
}
