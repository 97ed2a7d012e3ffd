package br.com.atende.shared.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Resuming the jobs whose server went away while they ran. A job's ledger row (an import's, a
 * report's) names its execution and the server instance running it ({@code run_by}); when that
 * instance is gone, the JDBC job repository still calls the execution running, with its last
 * checkpoint, and JBeret's default ("detect") restart mode restarts it on any server that does not
 * run it itself.
 */
public final class InterruptedExecutions {

  private static final Logger LOG = Logger.getLogger(InterruptedExecutions.class.getName());

  private static final Set<BatchStatus> LEFT_RUNNING =
      EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

  /** Jobs older than this are left to a person (their page's "resume"). */
  private static final int DAYS = 7;

  private InterruptedExecutions() {}

  /**
   * Resumes here the unfinished jobs of a ledger table (columns {@code id}, {@code
   * job_execution_id}, {@code run_by}, {@code finished_at} and the start time named) run by one of
   * the gone instances: an execution left running is restarted, and the row names the new execution
   * and this instance; one that ended otherwise (failed, stopped: a person decides whether to go
   * on) is run by nobody from then on. In the caller's transaction; the table and column are the
   * caller's constants, never input.
   */
  @SuppressWarnings("unchecked")
  public static void resume(
      EntityManager em,
      String table,
      String startedColumn,
      Collection<String> gone,
      String thisInstance) {
    if (gone.isEmpty()) {
      return;
    }
    // The unfinished jobs of the last days are few: filtered here rather than by a list of every
    // instance gone in the last month.
    List<Object[]> unfinished =
        em.createNativeQuery(
                "SELECT id, job_execution_id, run_by FROM "
                    + table
                    + " WHERE finished_at IS NULL AND job_execution_id IS NOT NULL"
                    + " AND run_by IS NOT NULL AND "
                    + startedColumn
                    + " > ?1 ORDER BY id")
            .setParameter(1, LocalDateTime.now().minusDays(DAYS))
            .getResultList();
    for (Object[] row : unfinished) {
      if (!gone.contains((String) row[2])) {
        continue;
      }
      long id = ((Number) row[0]).longValue();
      long execution = ((Number) row[1]).longValue();
      try {
        OptionalLong restarted = restartIfLeftRunning(execution);
        // A native update: the version stays, as the job's own updates of the row need it.
        em.createNativeQuery(
                "UPDATE " + table + " SET job_execution_id = ?1, run_by = ?2 WHERE id = ?3")
            .setParameter(1, restarted.orElse(execution))
            .setParameter(2, restarted.isPresent() ? thisInstance : null)
            .setParameter(3, id)
            .executeUpdate();
        restarted.ifPresent(
            next ->
                LOG.info(
                    () ->
                        "Resumed "
                            + table
                            + " "
                            + id
                            + " as job execution "
                            + next
                            + " (its server "
                            + row[2]
                            + " is gone)"));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not resume " + table + " " + id, e);
      }
    }
  }

  private static OptionalLong restartIfLeftRunning(long execution) {
    JobOperator operator = BatchRuntime.getJobOperator();
    if (!LEFT_RUNNING.contains(operator.getJobExecution(execution).getBatchStatus())) {
      return OptionalLong.empty();
    }
    Properties parameters = operator.getParameters(execution);
    parameters.remove(JobParameters.FAIL_AFTER_ITEMS);
    return OptionalLong.of(operator.restart(execution, parameters));
  }
}
