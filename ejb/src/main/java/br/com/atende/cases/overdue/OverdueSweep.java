package br.com.atende.cases.overdue;

import br.com.atende.cluster.ClusterLease;
import br.com.atende.organization.model.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Properties;

/** Starts the overdue-sweep job: every night at 01:00, or when a supervisor asks for it. */
@PermitAll
@Stateless
public class OverdueSweep {

  public static final String JOB = "overdue-sweep";

  @Inject private ClusterLease lease;

  /** Starts a sweep flagging cases due before {@code cutOff}; returns the job execution id. */
  @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
  public long start(LocalDateTime cutOff) {
    return launch(cutOff);
  }

  /**
   * Every server of a cluster fires at 01:00; the first takes the night's lease (six hours, far
   * past the others' timers) and starts the one sweep.
   */
  @Schedule(hour = "1", minute = "0", persistent = false)
  public void nightly() {
    if (lease.hold(JOB, Duration.ofHours(6))) {
      launch(LocalDateTime.now());
    }
  }

  private long launch(LocalDateTime cutOff) {
    JobOperator operator = BatchRuntime.getJobOperator();
    Properties parameters = new Properties();
    parameters.setProperty("cutOff", cutOff.toString());
    return operator.start(JOB, parameters);
  }
}
