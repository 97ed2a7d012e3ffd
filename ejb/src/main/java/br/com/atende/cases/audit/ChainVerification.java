package br.com.atende.cases.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Walks the sealed chain in place order and finds the first row that does not hold: its hash is not
 * SHA-256 over the previous row's hash and its own content, its place does not follow the previous
 * one, or the chain stops short of the head. Streams the table in chunks read by the unique index
 * on the place (keyset paging, one short statement each): the memory it takes is one chunk,
 * whatever the size of the trail. Rows not yet sealed are not part of the chain; the caller reports
 * them as pending.
 *
 * <p>Plain JDBC, no container: the server and the benchmark run the same code.
 */
public final class ChainVerification {

  /** What a walk found: how many rows it checked, the head it checked up to, the first break. */
  public record Outcome(long checked, long headPlace, String headHash, ChainBreak firstBreak) {}

  private ChainVerification() {}

  public static Outcome walk(Connection connection, int chunk) throws SQLException {
    // The head first: rows sealed while the walk runs lie beyond it and are left for the next one.
    long headPlace;
    String headHash;
    try (PreparedStatement head =
            connection.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_chain WHERE id = 1");
        ResultSet row = head.executeQuery()) {
      row.next();
      headPlace = row.getLong(1);
      headHash = row.getString(2);
    }
    long checked = 0;
    long place = 0;
    String previous = AuditChain.GENESIS;
    AuditRow last = null;
    try (PreparedStatement next =
        connection.prepareStatement(
            "SELECT "
                + AuditRow.COLUMNS
                + ", (SELECT r.row_hash FROM audit_redaction r WHERE r.audit_id = a.id)"
                + " FROM case_audit a WHERE chain_seq > ? AND chain_seq <= ?"
                + " ORDER BY chain_seq LIMIT ?")) {
      while (true) {
        next.setLong(1, place);
        next.setLong(2, headPlace);
        next.setInt(3, chunk);
        int read = 0;
        try (ResultSet rows = next.executeQuery()) {
          while (rows.next()) {
            AuditRow row = AuditRow.read(rows);
            read++;
            if (row.seq() != place + 1) {
              return new Outcome(
                  checked, headPlace, headHash, broken(row, ChainBreak.Reason.MISSING_BEFORE));
            }
            // A row redacted for an anonymized party (LGPD) no longer has the content it was sealed
            // with: its hash, kept unchanged and recorded at the redaction, stands as its link, so
            // the
            // rows after it are still proven. What such a row no longer proves: README.
            String redactedHash = rows.getString(AuditRow.COLUMN_COUNT + 1);
            String expected = redactedHash != null ? redactedHash : AuditChain.link(previous, row);
            if (!expected.equals(row.hash())) {
              return new Outcome(
                  checked, headPlace, headHash, broken(row, ChainBreak.Reason.ALTERED));
            }
            checked++;
            place = row.seq();
            previous = row.hash();
            last = row;
          }
        }
        if (read < chunk) {
          break;
        }
      }
    }
    if (place != headPlace || !previous.equals(headHash)) {
      ChainBreak end =
          last == null
              ? new ChainBreak(0, 0, 0, null, null, null, ChainBreak.Reason.MISSING_AFTER)
              : broken(last, ChainBreak.Reason.MISSING_AFTER);
      return new Outcome(checked, headPlace, headHash, end);
    }
    return new Outcome(checked, headPlace, headHash, null);
  }

  private static ChainBreak broken(AuditRow row, ChainBreak.Reason reason) {
    return new ChainBreak(
        row.id(), row.seq(), row.caseId(), null, row.changedAt(), row.field(), reason);
  }
}
