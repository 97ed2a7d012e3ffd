package br.com.atende.timekeeping.report;

import br.com.atende.cluster.ServerInstances;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads the month's entries of the report's company a page at a time, in (start, id) order from the
 * position after the last entry already summed (keyset, never an offset, never the whole month).
 * The position comes from the report row, which the writer moves in each chunk's transaction,
 * rather than from the job's checkpoint: the two are written together, but the report's row is the
 * one that cannot disagree with the lines.
 */
@Named
@Dependent
public class ConsumptionEntryReader extends AbstractItemReader {

  static final int PAGE = 500;

  private static final String PAGE_QUERY =
      "SELECT te.id, te.start_at, c.party_id, te.contract_id, te.standalone_service_id,"
          + " te.minutes, te.valuation, te.entry_value, te.loss_value, te.travel,"
          + " COALESCE(sc.travel_basis, ss.travel_basis), COALESCE(sc.travel_rate, ss.travel_rate)"
          + " FROM time_entry te JOIN support_case c ON c.id = te.case_id"
          + " LEFT JOIN service_contract sc ON sc.id = te.contract_id"
          + " LEFT JOIN standalone_service ss ON ss.id = te.standalone_service_id"
          + " WHERE c.company_id = ?1 AND te.start_at >= ?2 AND te.start_at < ?3"
          // The time worked on a case in the trash is billed no more (SPEC C10).
          + " AND c.deleted_at IS NULL"
          + " AND (te.start_at > ?2 OR te.id > ?4)"
          + " ORDER BY te.start_at, te.id FETCH FIRST "
          + PAGE
          + " ROWS ONLY";

  @PersistenceContext private EntityManager em;

  @Inject
  @BatchProperty(name = "reportId")
  private String reportId;

  @Inject private JobContext job;

  private long companyId;
  private LocalDateTime monthEnd;
  private EntryPosition position;
  private final Deque<Object[]> page = new ArrayDeque<>();

  @Override
  public void open(Serializable checkpoint) {
    // This execution, on this server instance, is the report's from now on, however it was started
    // or restarted (the jobs page restarts executions without knowing of reports; ReportRecovery
    // those of a server that died); a native update leaves the version.
    em.createNativeQuery(
            "UPDATE consumption_report SET job_execution_id = ?1, run_by = ?2 WHERE id = ?3")
        .setParameter(1, job.getExecutionId())
        .setParameter(2, ServerInstances.THIS)
        .setParameter(3, Long.valueOf(reportId))
        .executeUpdate();
    ConsumptionReport report = em.find(ConsumptionReport.class, Long.valueOf(reportId));
    companyId = report.getCompanyId();
    monthEnd = report.month().plusMonths(1).atDay(1).atStartOfDay();
    position = report.position();
  }

  @Override
  public Object readItem() {
    if (page.isEmpty()) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(PAGE_QUERY)
              .setParameter(1, companyId)
              .setParameter(2, position.startAt())
              .setParameter(3, monthEnd)
              .setParameter(4, position.entryId())
              .getResultList();
      page.addAll(rows);
    }
    Object[] row = page.poll();
    if (row != null) {
      position = new EntryPosition(timestamp(row[1]), ((Number) row[0]).longValue());
    }
    return row;
  }

  @Override
  public Serializable checkpointInfo() {
    return position;
  }

  static LocalDateTime timestamp(Object value) {
    return value instanceof Timestamp timestamp
        ? timestamp.toLocalDateTime()
        : (LocalDateTime) value;
  }
}
