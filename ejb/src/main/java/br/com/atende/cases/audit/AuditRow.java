package br.com.atende.cases.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * One audit row as the chain sees it: its content, and once sealed its place and hash. Read with
 * {@link #COLUMNS}, in that order.
 */
record AuditRow(
    long id,
    long caseId,
    String field,
    String oldValue,
    String newValue,
    Long changedBy,
    LocalDateTime changedAt,
    long seq,
    String hash) {

  static final String COLUMNS =
      "id, case_id, field_name, old_value, new_value, changed_by_id, changed_at, chain_seq,"
          + " row_hash";

  /** How many columns {@link #COLUMNS} names. */
  static final int COLUMN_COUNT = 9;

  static AuditRow read(ResultSet rows) throws SQLException {
    long changedBy = rows.getLong(6);
    Long by = rows.wasNull() ? null : changedBy;
    return new AuditRow(
        rows.getLong(1),
        rows.getLong(2),
        rows.getString(3),
        rows.getString(4),
        rows.getString(5),
        by,
        rows.getObject(7, LocalDateTime.class),
        rows.getLong(8),
        rows.getString(9));
  }

  /** The same row at a place in the chain, with no hash yet. */
  AuditRow at(long place) {
    return new AuditRow(id, caseId, field, oldValue, newValue, changedBy, changedAt, place, null);
  }
}
