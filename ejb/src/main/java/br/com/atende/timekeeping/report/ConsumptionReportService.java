package br.com.atende.timekeeping.report;

import br.com.atende.cluster.ServerInstances;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.CappedCount;
import br.com.atende.shared.Choice;
import br.com.atende.shared.PageRequest;
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
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The monthly consumption report for supervisors (their company) and administrators (any company):
 * starting its job, following its progress, resuming it when it was interrupted, and reading its
 * lines as a page, CSV or PDF.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class ConsumptionReportService {

  public static final String JOB = "monthly-consumption";

  /** Entries per chunk (and checkpoint) unless the caller says otherwise. */
  public static final int DEFAULT_ITEM_COUNT = 200;

  private static final int EXPORT_PAGE = PageRequest.MAX_SIZE;

  private static final Map<String, String> ORDER =
      Map.of(
          "value", "l.value",
          "loss", "l.loss",
          "minutes", "l.minutes",
          "entries", "l.entries",
          "travelValue", "l.travelValue");

  @PersistenceContext private EntityManager em;

  @EJB private AgentDirectory agents;

  @EJB private ReportLedger ledger;

  @Inject private ServerInstances instances;

  /** The companies the caller may report on: all for an administrator, its own for a supervisor. */
  public List<Choice> companies() {
    Agent me = agents.currentAgent();
    if (!me.holds(Role.ADMIN)) {
      return List.of(new Choice(me.getCompany().getId(), me.getCompany().getName()));
    }
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(c.id, c.name) FROM Company c ORDER BY c.name",
            Choice.class)
        .setMaxResults(CappedCount.CAP)
        .getResultList();
  }

  /** Starts the report of a month for a company; returns the report's id. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long start(long companyId, YearMonth month) {
    return start(companyId, month, DEFAULT_ITEM_COUNT);
  }

  /** The same, with {@code itemCount} entries per chunk and checkpoint. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long start(long companyId, YearMonth month, int itemCount) {
    long reportId = ledger.create(agents.currentAgent(), companyId, month);
    Properties parameters = new Properties();
    parameters.setProperty("reportId", String.valueOf(reportId));
    parameters.setProperty("itemCount", String.valueOf(Math.max(1, itemCount)));
    ledger.startedAs(reportId, BatchRuntime.getJobOperator().start(JOB, parameters));
    return reportId;
  }

  /**
   * Restarts an interrupted report from its last chunk: after a failure, a stop, or a server that
   * went down while it ran (whose execution the repository still calls started; JBeret's default
   * "detect" restart mode sees that it no longer runs).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void resume(long reportId) {
    ConsumptionReport report = ledger.readable(agents.currentAgent(), reportId);
    if (state(report) != ReportState.INTERRUPTED) {
      return;
    }
    JobOperator operator = BatchRuntime.getJobOperator();
    Properties parameters = operator.getParameters(report.getJobExecutionId());
    parameters.remove("failAfterItems");
    ledger.startedAs(reportId, operator.restart(report.getJobExecutionId(), parameters));
  }

  public ReportProgress progress(long reportId) {
    ConsumptionReport report = ledger.readable(agents.currentAgent(), reportId);
    return new ReportProgress(
        reportId,
        ledger.companyName(report.getCompanyId()),
        report.month(),
        state(report),
        report.getEntriesRead(),
        report.getEstimated());
  }

  /** One page of the report's lines, by client and charge unless sorted by a sum. */
  public List<ConsumptionRow> lines(long reportId, PageRequest page) {
    ledger.readable(agents.currentAgent(), reportId);
    String sorted = page.sortField() == null ? null : ORDER.get(page.sortField());
    String order =
        sorted == null
            ? "p.name, l.chargeKey, l.id"
            : sorted + (page.ascending() ? " ASC" : " DESC") + ", l.id";
    return em.createQuery(
            "SELECT NEW br.com.atende.timekeeping.report.ConsumptionRow(l.id, p.name, sc.name,"
                + " ss.name, l.entries, l.minutes, l.value, l.loss, l.travelBasis, l.travel,"
                + " l.travelValue) FROM ConsumptionLine l JOIN Party p ON p.id = l.partyId"
                + " LEFT JOIN Contract sc ON sc.id = l.contractId"
                + " LEFT JOIN StandaloneService ss ON ss.id = l.serviceId"
                + " WHERE l.reportId = :report ORDER BY "
                + order,
            ConsumptionRow.class)
        .setParameter("report", reportId)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  /**
   * How many lines the report has, exactly: a count over one report's lines (one per client and
   * charge of one month, through the unique index that starts with the report), never over a
   * history, so that the table pages through all of them.
   */
  public long countLines(long reportId) {
    ledger.readable(agents.currentAgent(), reportId);
    return em.createQuery(
            "SELECT COUNT(l) FROM ConsumptionLine l WHERE l.reportId = :report", Long.class)
        .setParameter("report", reportId)
        .getSingleResult();
  }

  /** The report's totals over every line (a sum over one report's lines). */
  public ConsumptionTotals totals(long reportId) {
    ledger.readable(agents.currentAgent(), reportId);
    Object[] sums =
        em.createQuery(
                "SELECT SUM(l.entries), SUM(l.minutes), SUM(l.value), SUM(l.loss), SUM(l.travel),"
                    + " SUM(l.travelValue) FROM ConsumptionLine l WHERE l.reportId = :report",
                Object[].class)
            .setParameter("report", reportId)
            .getSingleResult();
    return ConsumptionTotals.of(sums);
  }

  /** The whole report as CSV (RFC 4180, UTF-8), read a page of lines at a time. */
  public byte[] csv(long reportId) {
    StringBuilder csv = new StringBuilder();
    ConsumptionCsv.header(csv);
    eachPage(reportId, page -> page.forEach(row -> ConsumptionCsv.row(csv, row)));
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The whole report as PDF, with the company's name and the period, in the viewer's language. */
  public byte[] pdf(long reportId, Locale locale) {
    ReportProgress progress = progress(reportId);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConsumptionPdf pdf = new ConsumptionPdf(out, progress, locale);
    eachPage(reportId, pdf::rows);
    pdf.finish(totals(reportId));
    return out.toByteArray();
  }

  /** Hands the report's lines over a page at a time, for an export that never holds them all. */
  private void eachPage(long reportId, Consumer<List<ConsumptionRow>> consumer) {
    for (int first = 0; ; first += EXPORT_PAGE) {
      List<ConsumptionRow> page = lines(reportId, PageRequest.of(first, EXPORT_PAGE));
      consumer.accept(page);
      if (page.size() < EXPORT_PAGE) {
        return;
      }
    }
  }

  private ReportState state(ConsumptionReport report) {
    if (report.getFinishedAt() != null) {
      return ReportState.COMPLETED;
    }
    if (report.getJobExecutionId() == null) {
      return ReportState.RUNNING;
    }
    BatchStatus status;
    try {
      status =
          BatchRuntime.getJobOperator()
              .getJobExecution(report.getJobExecutionId())
              .getBatchStatus();
    } catch (NoSuchJobExecutionException e) {
      // A repository that lost it (an in-memory one, restarted): the lines stop where they stopped.
      return ReportState.INTERRUPTED;
    }
    return switch (status) {
      // Run by a server that went down since: interrupted, though the repository says started
      // (until ReportRecovery resumes it); run by any other server of a cluster: running.
      case STARTING, STARTED, STOPPING ->
          instances.isGone(report.getRunBy()) ? ReportState.INTERRUPTED : ReportState.RUNNING;
      case COMPLETED -> ReportState.COMPLETED;
      default -> ReportState.INTERRUPTED;
    };
  }
}
