package br.com.atende.administration.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One execution of a batch job as the jobs page lists it: the job's name, its state and exit
 * status, when it was started and ended, and the login that started it when the job was given one
 * (the {@code startedBy} job parameter; jobs started by a timer have none).
 */
public record JobExecutionRow(
    long executionId,
    String jobName,
    String state,
    LocalDateTime startedAt,
    LocalDateTime endedAt,
    String exitStatus,
    String startedBy)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Only a failed or stopped execution may be restarted from its checkpoint. */
  public boolean restartable() {
    return JobAdministration.RESTARTABLE.contains(state);
  }
}
