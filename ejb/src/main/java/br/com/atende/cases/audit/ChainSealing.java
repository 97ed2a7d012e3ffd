package br.com.atende.cases.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Seals the next unsealed audit rows onto the chain, in the caller's transaction: locks the head,
 * gives each row the next place and its hash, and moves the head. Rows are taken in id order among
 * those committed and not yet sealed; a row that commits after a higher id was sealed (ids come in
 * blocks per server, transactions end in any order) takes the next free place when it shows up, so
 * the chain's order is the order of sealing, and no row is ever skipped or waited for.
 *
 * <p>Plain JDBC, no container: the server's sealing timer and the benchmark run the same code.
 */
public final class ChainSealing {

  private ChainSealing() {}

  /** Seals at most {@code max} rows; returns how many it sealed (0: nothing was pending). */
  public static int sealNext(Connection connection, int max, LocalDateTime now)
      throws SQLException {
    long place;
    String previous;
    try (PreparedStatement head =
            connection.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_chain WHERE id = 1 FOR UPDATE");
        ResultSet row = head.executeQuery()) {
      if (!row.next()) {
        throw new IllegalStateException("audit_chain has no head row (migration V60)");
      }
      place = row.getLong(1);
      previous = row.getString(2);
    }
    List<AuditRow> pending = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT "
                + AuditRow.COLUMNS
                + " FROM case_audit WHERE chain_seq IS NULL ORDER BY id LIMIT ?")) {
      select.setInt(1, max);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          pending.add(AuditRow.read(rows));
        }
      }
    }
    if (pending.isEmpty()) {
      return 0;
    }
    Long[] ids = new Long[pending.size()];
    Long[] places = new Long[pending.size()];
    String[] hashes = new String[pending.size()];
    for (int i = 0; i < pending.size(); i++) {
      AuditRow row = pending.get(i);
      place++;
      previous = AuditChain.link(previous, row.at(place));
      ids[i] = row.id();
      places[i] = place;
      hashes[i] = previous;
    }
    if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
      // One statement for the chunk: a JDBC batch of single-row updates seals a few thousand rows
      // a second on PostgreSQL, the arrays several times that (bench/RESULTS.md).
      try (PreparedStatement seal =
          connection.prepareStatement(
              "UPDATE case_audit a SET chain_seq = s.place, row_hash = s.hash FROM"
                  + " unnest(CAST(? AS BIGINT[]), CAST(? AS BIGINT[]), CAST(? AS VARCHAR[]))"
                  + " AS s(id, place, hash) WHERE a.id = s.id AND a.chain_seq IS NULL")) {
        seal.setArray(1, connection.createArrayOf("bigint", ids));
        seal.setArray(2, connection.createArrayOf("bigint", places));
        seal.setArray(3, connection.createArrayOf("varchar", hashes));
        seal.executeUpdate();
      }
    } else {
      try (PreparedStatement seal =
          connection.prepareStatement(
              "UPDATE case_audit SET chain_seq = ?, row_hash = ? WHERE id = ? AND chain_seq IS NULL")) {
        for (int i = 0; i < ids.length; i++) {
          seal.setLong(1, places[i]);
          seal.setString(2, hashes[i]);
          seal.setLong(3, ids[i]);
          seal.addBatch();
        }
        seal.executeBatch();
      }
    }
    try (PreparedStatement moveHead =
        connection.prepareStatement(
            "UPDATE audit_chain SET last_seq = ?, last_hash = ?, sealed_at = ? WHERE id = 1")) {
      moveHead.setLong(1, place);
      moveHead.setString(2, previous);
      moveHead.setTimestamp(3, Timestamp.valueOf(now));
      moveHead.executeUpdate();
    }
    return pending.size();
  }
}
