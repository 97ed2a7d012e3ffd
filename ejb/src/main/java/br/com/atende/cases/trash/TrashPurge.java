package br.com.atende.cases.trash;

import br.com.atende.organization.model.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import java.time.LocalDateTime;
import java.util.Properties;

/**
 * Starts the case-purge job: every night at 02:30, or when an administrator asks for it. A run
 * removes the cases in the trash for more than seven days at its {@code asOf} time.
 */
@PermitAll
@Stateless
public class TrashPurge {

  public static final String JOB = "case-purge";

  /** Starts a purge as of {@code asOf}; returns the job execution id. */
  @RolesAllowed(Role.Names.ADMIN)
  public long start(LocalDateTime asOf) {
    return launch(asOf, null);
  }

  /**
   * The same with chunks of {@code casesPerChunk} cases (default 20): smaller chunks commit, and
   * checkpoint, more often.
   */
  @RolesAllowed(Role.Names.ADMIN)
  public long start(LocalDateTime asOf, int casesPerChunk) {
    return launch(asOf, casesPerChunk);
  }

  /**
   * Restarts a stopped or failed purge from its last checkpoint, as of the same time; returns the
   * new execution id.
   */
  @RolesAllowed(Role.Names.ADMIN)
  public long restart(long execution) {
    // With the parameters it started with: a restart is given only those it is passed.
    JobOperator operator = BatchRuntime.getJobOperator();
    return operator.restart(execution, operator.getParameters(execution));
  }

  @Schedule(hour = "2", minute = "30", persistent = false)
  public void nightly() {
    launch(LocalDateTime.now(), null);
  }

  private long launch(LocalDateTime asOf, Integer casesPerChunk) {
    JobOperator operator = BatchRuntime.getJobOperator();
    Properties parameters = new Properties();
    parameters.setProperty("asOf", asOf.toString());
    if (casesPerChunk != null) {
      parameters.setProperty("casesPerChunk", Integer.toString(casesPerChunk));
    }
    return operator.start(JOB, parameters);
  }
}
