package br.com.atende.it.support;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * A month of time entries written with plain JDBC (thousands of rows in one batch, around the
 * services), and the monthly consumption summed by plain SQL: the independent figures the report
 * job is checked against.
 */
@Stateless
@PermitAll
public class ReportFixtures {

  /** How an entry is charged: under a contract, a standalone service, or nothing. */
  public record Charge(Long contractId, Long serviceId) {}

  @Resource(lookup = "java:jboss/datasources/AtendeDS")
  private DataSource dataSource;

  /** Removes every entry of the month: the month is the test's own. */
  public void clearMonth(YearMonth month) throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement delete =
            db.prepareStatement("DELETE FROM time_entry WHERE start_at >= ? AND start_at < ?")) {
      delete.setTimestamp(1, start(month));
      delete.setTimestamp(2, start(month.plusMonths(1)));
      delete.executeUpdate();
    }
  }

  public long contract(
      long partyId, String rateBasis, String rate, String travelBasis, String travelRate)
      throws SQLException {
    long id = freshId();
    try (Connection db = dataSource.getConnection();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO service_contract (id, party_id, name, rate_basis, rate, travel_basis,"
                    + " travel_rate, valid_from, version) VALUES (?, ?, ?, ?, ?, ?, ?, DATE '2020-01-01', 0)")) {
      insert.setLong(1, id);
      insert.setLong(2, partyId);
      insert.setString(3, "Contrato " + id);
      insert.setString(4, rateBasis);
      insert.setBigDecimal(5, new BigDecimal(rate));
      insert.setString(6, travelBasis);
      insert.setBigDecimal(7, travelRate == null ? null : new BigDecimal(travelRate));
      insert.executeUpdate();
    }
    return id;
  }

  public long service(String rateBasis, String rate, String travelBasis, String travelRate)
      throws SQLException {
    long id = freshId();
    try (Connection db = dataSource.getConnection();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO standalone_service (id, party_id, name, rate_basis, rate, travel_basis,"
                    + " travel_rate, active, version) VALUES (?, NULL, ?, ?, ?, ?, ?, TRUE, 0)")) {
      insert.setLong(1, id);
      insert.setString(2, "Serviço " + id);
      insert.setString(3, rateBasis);
      insert.setBigDecimal(4, new BigDecimal(rate));
      insert.setString(5, travelBasis);
      insert.setBigDecimal(6, travelRate == null ? null : new BigDecimal(travelRate));
      insert.executeUpdate();
    }
    return id;
  }

  /**
   * Writes {@code count} entries spread over the month, on the given cases in turn, by every agent
   * in turn (one agent's entries never overlap; several agents' entries start at the same minute,
   * so the report's keyset meets ties), under the charges in turn, valued, under warranty, manual
   * or not at all, some with travel. Integral travel keeps SQL's unrounded product exact.
   */
  public void fill(YearMonth month, List<Long> caseIds, List<Charge> charges, int count)
      throws SQLException {
    try (Connection db = dataSource.getConnection()) {
      List<Long> agents = new ArrayList<>();
      try (PreparedStatement query = db.prepareStatement("SELECT id FROM agent ORDER BY id");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          agents.add(rows.getLong(1));
        }
      }
      int slots = (count + agents.size() - 1) / agents.size();
      int slotMinutes = month.lengthOfMonth() * 24 * 60 / slots;
      long firstId = freshIds(count);
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO time_entry (id, case_id, agent_id, start_at, end_at, minutes,"
                  + " service_type, contract_id, standalone_service_id, nature, travel, valuation,"
                  + " entry_value, loss_value, manual_reason, description, created_at, version)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Relatório', ?, 0)")) {
        for (int i = 0; i < count; i++) {
          LocalDateTime start =
              month.atDay(1).atStartOfDay().plusMinutes((long) (i / agents.size()) * slotMinutes);
          int minutes = 1 + (i * 7) % (slotMinutes - 1);
          Charge charge = charges.get(i % charges.size());
          boolean charged = charge.contractId() != null || charge.serviceId() != null;
          BigDecimal amount = BigDecimal.valueOf((i * 7919L) % 100_000, 2);
          String valuation =
              !charged ? null : i % 5 == 0 ? "WARRANTY" : i % 7 == 0 ? "MANUAL" : "RATED";
          BigDecimal travel = charged && i % 3 == 0 ? BigDecimal.valueOf(1 + i % 40) : null;
          int p = 1;
          insert.setLong(p++, firstId + i);
          insert.setLong(p++, caseIds.get(i % caseIds.size()));
          insert.setLong(p++, agents.get(i % agents.size()));
          insert.setTimestamp(p++, Timestamp.valueOf(start));
          insert.setTimestamp(p++, Timestamp.valueOf(start.plusMinutes(minutes)));
          insert.setInt(p++, minutes);
          insert.setString(
              p++, charge.contractId() != null ? "CONTRACT" : charged ? "STANDALONE" : null);
          insert.setObject(p++, charge.contractId(), java.sql.Types.BIGINT);
          insert.setObject(p++, charge.serviceId(), java.sql.Types.BIGINT);
          insert.setString(p++, travel == null ? "REMOTE" : "EXTERNAL");
          insert.setBigDecimal(p++, travel);
          insert.setString(p++, valuation);
          insert.setBigDecimal(
              p++,
              valuation == null
                  ? null
                  : "WARRANTY".equals(valuation) ? BigDecimal.ZERO.setScale(2) : amount);
          insert.setBigDecimal(
              p++,
              valuation == null
                  ? null
                  : "WARRANTY".equals(valuation) ? amount : BigDecimal.ZERO.setScale(2));
          insert.setString(p++, "MANUAL".equals(valuation) ? "Acerto" : null);
          insert.setTimestamp(p++, Timestamp.valueOf(start));
          insert.addBatch();
          if (i % 500 == 499) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
    }
  }

  /**
   * The month's consumption of the company by plain SQL, per client, contract and service: "entries
   * minutes value loss travel travelValue" by "party/contract/service".
   */
  public Map<String, String> expectedLines(long companyId, YearMonth month) throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT c.party_id, te.contract_id, te.standalone_service_id, COUNT(*),"
                    + " SUM(te.minutes), SUM(COALESCE(te.entry_value, 0)),"
                    + " SUM(COALESCE(te.loss_value, 0)), SUM(COALESCE(te.travel, 0)),"
                    + " SUM(CASE WHEN te.valuation IN ('RATED', 'WARRANTY') AND te.travel IS NOT NULL"
                    + " THEN te.travel * COALESCE(sc.travel_rate, ss.travel_rate, 0) ELSE 0 END)"
                    + " FROM time_entry te JOIN support_case c ON c.id = te.case_id"
                    + " LEFT JOIN service_contract sc ON sc.id = te.contract_id"
                    + " LEFT JOIN standalone_service ss ON ss.id = te.standalone_service_id"
                    + " WHERE c.company_id = ? AND te.start_at >= ? AND te.start_at < ?"
                    + " GROUP BY c.party_id, te.contract_id, te.standalone_service_id")) {
      query.setLong(1, companyId);
      query.setTimestamp(2, start(month));
      query.setTimestamp(3, start(month.plusMonths(1)));
      return lines(query);
    }
  }

  /** The report's lines as stored, in the same form. */
  public Map<String, String> reportLines(long reportId) throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT party_id, contract_id, standalone_service_id, entries, minutes,"
                    + " entry_value, loss_value, travel, travel_value FROM consumption_line"
                    + " WHERE report_id = ?")) {
      query.setLong(1, reportId);
      return lines(query);
    }
  }

  /** How many lines the report has, duplicates included. */
  public int lineCount(long reportId) throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement query =
            db.prepareStatement("SELECT COUNT(*) FROM consumption_line WHERE report_id = ?")) {
      query.setLong(1, reportId);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /** The report's current job execution and the entries it has summed so far. */
  public long[] executionAndEntriesRead(long reportId) throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT job_execution_id, entries_read FROM consumption_report WHERE id = ?")) {
      query.setLong(1, reportId);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return new long[] {rows.getLong(1), rows.getLong(2)};
      }
    }
  }

  /** Whether the report's closing step marked it finished. */
  public boolean finished(long reportId) throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement query =
            db.prepareStatement(
                "SELECT 1 FROM consumption_report WHERE id = ? AND finished_at IS NOT NULL")) {
      query.setLong(1, reportId);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  public long companyOfCase(long caseId) throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement query =
            db.prepareStatement("SELECT company_id FROM support_case WHERE id = ?")) {
      query.setLong(1, caseId);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  public long partyOfCase(long caseId) throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement query =
            db.prepareStatement("SELECT party_id FROM support_case WHERE id = ?")) {
      query.setLong(1, caseId);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static Map<String, String> lines(PreparedStatement query) throws SQLException {
    Map<String, String> lines = new TreeMap<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        String key = rows.getLong(1) + "/" + rows.getObject(2) + "/" + rows.getObject(3);
        String sums =
            rows.getLong(4)
                + " "
                + rows.getLong(5)
                + " "
                + cents(rows.getBigDecimal(6))
                + " "
                + cents(rows.getBigDecimal(7))
                + " "
                + cents(rows.getBigDecimal(8))
                + " "
                + cents(rows.getBigDecimal(9));
        if (lines.put(key, sums) != null) {
          lines.put(key + " (twice)", sums);
        }
      }
    }
    return lines;
  }

  /** Two decimals, refusing to round: a sum that is not exact to the cent fails the test. */
  private static String cents(BigDecimal amount) {
    return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
  }

  private static Timestamp start(YearMonth month) {
    return Timestamp.valueOf(month.atDay(1).atStartOfDay());
  }

  /**
   * Ids far above the sequences', so as not to meet one the application hands out, and from the
   * clock in microseconds, so as not to meet one an earlier run left in a kept database.
   */
  private static final AtomicLong NEXT_ID =
      new AtomicLong(5_000_000_000_000L + (System.currentTimeMillis() * 1000) % 1_000_000_000_000L);

  private static long freshId() {
    return freshIds(1);
  }

  private static long freshIds(int count) {
    return NEXT_ID.getAndAdd(count);
  }
}
