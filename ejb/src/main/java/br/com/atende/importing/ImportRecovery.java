package br.com.atende.importing;

import br.com.atende.shared.batch.JobParameters;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Resumes, shortly after the server comes up, the imports whose job was running when the server
 * went down (killed, or the machine lost): the JDBC job repository still holds their executions as
 * started, with their last checkpoint. An execution created before this server's JVM started cannot
 * be running here; JBeret's default ("detect") restart mode then restarts it, and the reader goes
 * on after the import's last committed row, so no row is added twice or missed.
 *
 * <p>One server: on a cluster another node may still be running such an execution (the cluster's
 * batch failover is issue 18's open item [5]).
 */
@Singleton
@Startup
@PermitAll
public class ImportRecovery {

  private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());

  /** Imports older than this are left to an administrator (the import page's "resume"). */
  private static final int DAYS = 7;

  private static final Set<BatchStatus> LEFT_RUNNING =
      EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

  @PersistenceContext private EntityManager em;

  @Resource private TimerService timers;

  @PostConstruct
  void scheduleAfterStart() {
    // Not in @PostConstruct itself: the deployment's batch environment is not ready during it.
    timers.createSingleActionTimer(15_000, new TimerConfig(null, false));
  }

  @Timeout
  void resumeInterrupted() {
    List<Object[]> unfinished =
        em.createQuery(
                "SELECT i.id, i.jobExecutionId FROM PartyImport i WHERE i.finishedAt IS NULL"
                    + " AND i.jobExecutionId IS NOT NULL AND i.startedAt > :since ORDER BY i.id",
                Object[].class)
            .setParameter("since", LocalDateTime.now().minusDays(DAYS))
            .setMaxResults(100)
            .getResultList();
    Date serverStart = new Date(ManagementFactory.getRuntimeMXBean().getStartTime());
    JobOperator operator = BatchRuntime.getJobOperator();
    for (Object[] row : unfinished) {
      long importId = (Long) row[0];
      long execution = (Long) row[1];
      try {
        JobExecution left = operator.getJobExecution(execution);
        if (LEFT_RUNNING.contains(left.getBatchStatus())
            && left.getCreateTime().before(serverStart)) {
          Properties parameters = operator.getParameters(execution);
          parameters.remove(JobParameters.FAIL_AFTER_ITEMS);
          long restarted = operator.restart(execution, parameters);
          LOG.info(() -> "Resumed import " + importId + " as job execution " + restarted);
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not resume import " + importId, e);
      }
    }
  }
}
