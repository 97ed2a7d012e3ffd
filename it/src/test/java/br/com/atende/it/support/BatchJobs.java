package br.com.atende.it.support;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import java.time.Duration;
import java.time.Instant;

/** Waiting for a Jakarta Batch job execution to end, in the server's batch runtime. */
public final class BatchJobs {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private BatchJobs() {}

  /**
   * The execution's status once it ended (a stopping execution has not: it finishes its chunk
   * first), or its last status after a minute.
   */
  public static BatchStatus awaitEnd(long execution) throws InterruptedException {
    Instant deadline = Instant.now().plus(TIMEOUT);
    BatchStatus status = statusOf(execution);
    while (Instant.now().isBefore(deadline)
        && (status == BatchStatus.STARTING
            || status == BatchStatus.STARTED
            || status == BatchStatus.STOPPING)) {
      Thread.sleep(200);
      status = statusOf(execution);
    }
    return status;
  }

  private static BatchStatus statusOf(long execution) {
    return BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus();
  }
}
