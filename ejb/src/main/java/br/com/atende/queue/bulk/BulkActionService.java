package br.com.atende.queue.bulk;

import static br.com.atende.shared.InvalidInputException.requireValid;

import br.com.atende.cases.model.AccessRule;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.queue.application.CustomFieldFilter;
import br.com.atende.queue.application.QueueService;
import br.com.atende.queue.application.QueueTab;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.SpreadsheetFormulas;
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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Bulk actions for agents (issue 14): starting an understanding or a transfer on more cases than
 * one request should change (the queue keeps its in-request path up to 200), following its
 * progress, resuming it after a failure, and the report of the refused cases as CSV. An action is
 * seen only by the agent who started it.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class BulkActionService {

  public static final String JOB = "bulk-action";

  /** The most cases one bulk action takes; a larger selection is refused with a message. */
  public static final int MAX_CASES = 10_000;

  private static final int REPORT_PAGE = 1000;

  @PersistenceContext private EntityManager em;

  @EJB private AgentDirectory agents;

  @EJB private BulkActionLedger ledger;

  @EJB private QueueService queues;

  @Inject private Validator validator;

  /**
   * Records the action and its cases and starts its job; returns the action's id. Which cases the
   * agent may see and change is decided by the job, case by case, with the agent's rules.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long start(StartBulkActionCommand command) {
    return start(command, null);
  }

  /** The same, failing after {@code failAfterItems} cases when given (tests). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long start(StartBulkActionCommand command, Integer failAfterItems) {
    requireValid(validator, command);
    Agent agent = agents.currentAgent();
    List<Long> ids = List.copyOf(new LinkedHashSet<>(command.caseIds()));
    long actionId = ledger.create(command, ids);
    Properties parameters = new Properties();
    parameters.setProperty("bulkActionId", String.valueOf(actionId));
    parameters.setProperty(JobParameters.STARTED_BY, agent.getLogin());
    if (failAfterItems != null) {
      parameters.setProperty(JobParameters.FAIL_AFTER_ITEMS, String.valueOf(failAfterItems));
    }
    ledger.startedAs(actionId, BatchRuntime.getJobOperator().start(JOB, parameters));
    return actionId;
  }

  /**
   * Starts the action on every case a queue tab shows the agent now (null: the department queue,
   * narrowed by the filter): the ids are captured here, the first {@link #MAX_CASES} when the tab
   * holds more, which the result says so that the page can tell the agent.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public BulkActionStarted startOnQueue(
      StartBulkActionCommand action, QueueTab tab, CustomFieldFilter filter) {
    List<Long> ids = queues.ids(tab, filter, MAX_CASES + 1);
    boolean capped = ids.size() > MAX_CASES;
    List<Long> taken = capped ? ids.subList(0, MAX_CASES) : ids;
    long actionId =
        start(
            new StartBulkActionCommand(
                action.kind(),
                taken,
                action.text(),
                action.targetDepartmentId(),
                action.targetAgentId(),
                action.reason()),
            null);
    return new BulkActionStarted(actionId, taken.size(), capped);
  }

  /** Restarts an action whose job failed or was stopped, from its checkpoint. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void resume(long actionId) {
    BulkAction action = own(actionId);
    if (!BulkActionProgress.INTERRUPTED.equals(state(action))) {
      return;
    }
    JobOperator operator = BatchRuntime.getJobOperator();
    Properties parameters = operator.getParameters(action.getJobExecutionId());
    parameters.remove(JobParameters.FAIL_AFTER_ITEMS);
    parameters.setProperty(JobParameters.STARTED_BY, agents.currentAgent().getLogin());
    ledger.startedAs(actionId, operator.restart(action.getJobExecutionId(), parameters));
  }

  /** The action's current job execution (the last restart's), for the jobs page and tests. */
  public long executionOf(long actionId) {
    Long execution = own(actionId).getJobExecutionId();
    if (execution == null) {
      throw new NotFoundException();
    }
    return execution;
  }

  /** The action's state and its counts of cases done and refused: one grouped query. */
  public BulkActionProgress progress(long actionId) {
    BulkAction action = own(actionId);
    long done = 0;
    long refused = 0;
    List<?> rows =
        em.createNativeQuery(
                "SELECT outcome, COUNT(*) FROM bulk_action_case WHERE bulk_action_id = ?1"
                    + " AND outcome IS NOT NULL GROUP BY outcome")
            .setParameter(1, actionId)
            .getResultList();
    for (Object row : rows) {
      Object[] cells = (Object[]) row;
      long count = ((Number) cells[1]).longValue();
      if (BulkCaseOutcome.DONE.name().equals(cells[0])) {
        done = count;
      } else {
        refused = count;
      }
    }
    return new BulkActionProgress(
        actionId, action.getKind(), state(action), action.getTotalCases(), done, refused);
  }

  /**
   * The refused cases as CSV (UTF-8): the case's id, its number and subject (only while the agent
   * may see the case: a case it never could shows only the id it gave) and the reason, in case id
   * order, read a page at a time. The headings and the reasons (message keys, as refusals are
   * stored) are put in the reader's words by {@code text}, as the statistics' export does. Cells a
   * spreadsheet would take for a formula are neutralised, as in the queue's export.
   */
  public byte[] report(long actionId, Function<String, String> text) {
    own(actionId);
    Agent viewer = agents.currentAgent();
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(
          text.apply("bulk.report.caseId"),
          text.apply("bulk.report.number"),
          text.apply("bulk.report.subject"),
          text.apply("bulk.report.reason"));
      long afterId = 0;
      while (true) {
        List<?> page =
            em.createNativeQuery(
                    "SELECT bc.case_id, c.case_number, c.subject, bc.refusal FROM bulk_action_case bc"
                        + " LEFT JOIN support_case c ON c.id = bc.case_id"
                        + " AND (c.company_id = ?4 OR c.holder_id = ?3) AND "
                        + AccessRule.sql(2, 3)
                        + " WHERE bc.bulk_action_id = ?1 AND bc.outcome = ?5 AND bc.case_id > ?6"
                        + " ORDER BY bc.case_id")
                .setParameter(1, actionId)
                .setParameter(2, viewer.getClearance())
                .setParameter(3, viewer.getId())
                .setParameter(4, viewer.getCompany().getId())
                .setParameter(5, BulkCaseOutcome.REFUSED.name())
                .setParameter(6, afterId)
                .setMaxResults(REPORT_PAGE)
                .getResultList();
        for (Object row : page) {
          Object[] cells = (Object[]) row;
          afterId = ((Number) cells[0]).longValue();
          csv.printRecord(
              afterId,
              guarded(cells[1]),
              guarded(cells[2]),
              cells[3] == null ? "" : guarded(text.apply(cells[3].toString())));
        }
        if (page.size() < REPORT_PAGE) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A cell a spreadsheet would take for a formula gets a leading apostrophe. */
  private static String guarded(Object value) {
    if (value == null) {
      return "";
    }
    return SpreadsheetFormulas.neutralised(value.toString());
  }

  /** An action of the calling agent; "not found" for anyone else's. */
  private BulkAction own(long actionId) {
    BulkAction action = em.find(BulkAction.class, actionId);
    if (action == null || action.getStartedById() != agents.currentAgent().getId()) {
      throw new NotFoundException();
    }
    return action;
  }

  private static String state(BulkAction action) {
    if (action.getJobExecutionId() == null) {
      return BulkActionProgress.RUNNING;
    }
    try {
      BatchStatus status =
          BatchRuntime.getJobOperator()
              .getJobExecution(action.getJobExecutionId())
              .getBatchStatus();
      return switch (status) {
        case STARTING, STARTED, STOPPING -> BulkActionProgress.RUNNING;
        case COMPLETED -> BulkActionProgress.COMPLETED;
        default -> BulkActionProgress.INTERRUPTED;
      };
    } catch (NoSuchJobExecutionException e) {
      return BulkActionProgress.INTERRUPTED;
    }
  }
}
