package br.com.atende.timekeeping.report;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Resumes, shortly after the server comes up, the reports whose job was running when the server
 * went down: the JDBC job repository still holds their executions as started, with their last
 * checkpoint, and JBeret's default ("detect") restart mode restarts such an execution once it sees
 * that no server runs it.
 */
@Singleton
@Startup
@PermitAll
public class ReportRecovery {

  private static final Logger LOG = Logger.getLogger(ReportRecovery.class.getName());

  /** Reports older than this are left to a supervisor's "resume". */
  private static final int DAYS = 7;

  private static final Set<BatchStatus> LEFT_RUNNING =
      EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

  @PersistenceContext private EntityManager em;

  @Resource private TimerService timers;

  @Inject private RunningReports running;

  @PostConstruct
  void scheduleAfterStart() {
    // Not in @PostConstruct itself: the deployment's batch environment is not ready during it.
    timers.createSingleActionTimer(15_000, new TimerConfig(null, false));
  }

  @Timeout
  void resumeInterrupted() {
    List<ConsumptionReport> unfinished =
        em.createQuery(
                "SELECT r FROM ConsumptionReport r WHERE r.finishedAt IS NULL"
                    + " AND r.jobExecutionId IS NOT NULL AND r.requestedAt > :since",
                ConsumptionReport.class)
            .setParameter("since", LocalDateTime.now().minusDays(DAYS))
            .setMaxResults(100)
            .getResultList();
    JobOperator operator = BatchRuntime.getJobOperator();
    for (ConsumptionReport report : unfinished) {
      long execution = report.getJobExecutionId();
      try {
        if (LEFT_RUNNING.contains(operator.getJobExecution(execution).getBatchStatus())
            && !running.launchedHere(execution)) {
          Properties parameters = operator.getParameters(execution);
          parameters.remove("failAfterItems");
          long restarted = operator.restart(execution, parameters);
          running.launched(restarted);
          em.createNativeQuery("UPDATE consumption_report SET job_execution_id = ?1 WHERE id = ?2")
              .setParameter(1, restarted)
              .setParameter(2, report.getId())
              .executeUpdate();
          LOG.info(() -> "Resumed consumption report " + report.getId() + " as " + restarted);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not resume consumption report " + report.getId(), e);
      }
    }
  }
}
