package br.com.atende.administration.application;

import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.CappedCount;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import br.com.atende.shared.batch.JobParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The batch jobs' executions for administrators (issue 14): listed newest first, a page at a time
 * straight from the JDBC job repository's tables (the JobOperator can only hand over every
 * execution of a job at once), and a failed or stopped one restarted from its checkpoint.
 *
 * <p>The repository's tables are JBeret's (see config/cli/batch.cli), in Atende's own database;
 * their names and columns are JBeret's published DDL, the same on H2 and PostgreSQL.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class JobAdministration {

  static final Set<String> RESTARTABLE =
      Set.of(BatchStatus.FAILED.name(), BatchStatus.STOPPED.name());

  @PersistenceContext private EntityManager em;

  @EJB private AgentDirectory agents;

  /** A page of the executions, newest first. */
  public List<JobExecutionRow> list(PageRequest page) {
    repositoryReady();
    List<?> rows =
        em.createNativeQuery(
                "SELECT e.jobexecutionid, i.jobname, e.batchstatus, e.starttime, e.endtime,"
                    + " e.exitstatus, e.jobparameters FROM job_execution e"
                    + " JOIN job_instance i ON i.jobinstanceid = e.jobinstanceid"
                    + " ORDER BY e.jobexecutionid DESC")
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList();
    return rows.stream().map(Object[].class::cast).map(JobAdministration::row).toList();
  }

  /** How many executions there are, up to the cap (the table pages through the newest ones). */
  public CappedCount count() {
    repositoryReady();
    return CappedCount.of(
        em.createNativeQuery("SELECT e.jobexecutionid FROM job_execution e")
            .setMaxResults(CappedCount.CAP + 1)
            .getResultList()
            .size());
  }

  /**
   * Restarts a failed or stopped execution from its last checkpoint, with its own parameters but
   * the test-only failure, as the current administrator; returns the new execution's id. Refused,
   * naming the execution, for any other state: a running job is not started twice, and a completed
   * one has nothing left to do.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long restart(long executionId) {
    JobOperator operator = BatchRuntime.getJobOperator();
    BatchStatus status;
    try {
      status = operator.getJobExecution(executionId).getBatchStatus();
    } catch (NoSuchJobExecutionException e) {
      throw new NotFoundException();
    }
    if (!RESTARTABLE.contains(status.name())) {
      throw new BusinessException("error.jobs.notRestartable", "execution", executionId, status);
    }
    Properties parameters = operator.getParameters(executionId);
    parameters.remove(JobParameters.FAIL_AFTER_ITEMS);
    parameters.setProperty(JobParameters.STARTED_BY, agents.currentAgent().getLogin());
    return operator.restart(executionId, parameters);
  }

  /**
   * JBeret creates its tables on its first use after a start; asking it for the job names makes it
   * do so before the first query reads them.
   */
  private static void repositoryReady() {
    BatchRuntime.getJobOperator().getJobNames();
  }

  private static JobExecutionRow row(Object[] columns) {
    return new JobExecutionRow(
        ((Number) columns[0]).longValue(),
        (String) columns[1],
        (String) columns[2],
        moment(columns[3]),
        moment(columns[4]),
        (String) columns[5],
        startedBy((String) columns[6]));
  }

  /** The repository stores times with their zone on PostgreSQL and without on H2. */
  private static LocalDateTime moment(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
    }
    return (LocalDateTime) value;
  }

  /** JBeret keeps the parameters in java.util.Properties' text form. */
  private static String startedBy(String parameters) {
    if (parameters == null || parameters.isBlank()) {
      return null;
    }
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(parameters));
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
    return properties.getProperty(JobParameters.STARTED_BY);
  }
}
