package br.com.atende.cases.audit;

import br.com.atende.cases.trash.CaseRemoval;
import br.com.atende.cluster.ClusterLease;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.CappedCount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Verifies the audit trail's chain: when an administrator asks ("Verificar trilha") and every night
 * at 03:15 on the one server holding the {@code audit-verify} lease. Each verification is kept in
 * {@code audit_verification} and logged with the head it reached, so a later rewrite of the whole
 * chain shows against an earlier head kept elsewhere.
 *
 * <p>Outside any transaction: the walk is a series of short read-only statements (one per chunk),
 * so a trail of millions of rows holds no transaction, no snapshot and no lock while it is checked.
 */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditTrailCheck {

  private static final Logger LOG = Logger.getLogger(AuditTrailCheck.class.getName());

  /** Rows read per statement. */
  static final int CHUNK = 10_000;

  @Resource(lookup = "java:jboss/datasources/AtendeDS")
  private DataSource dataSource;

  @Inject private ClusterLease lease;

  @Inject private Clock clock;

  @RolesAllowed(Role.Names.ADMIN)
  public TrailVerification verify() {
    return run();
  }

  /** The last verification kept, or null when none ran yet. */
  @RolesAllowed(Role.Names.ADMIN)
  public TrailVerification last() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT verified_at, checked_rows, head_seq, head_hash, broken_audit_id,"
                    + " broken_reason FROM audit_verification ORDER BY id DESC LIMIT 1");
        ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        return null;
      }
      long brokenId = row.getLong(5);
      ChainBreak broken = row.wasNull() ? null : named(connection, brokenId, row.getString(6));
      return new TrailVerification(
          row.getObject(1, LocalDateTime.class),
          row.getLong(2),
          row.getLong(3),
          row.getString(4),
          pending(connection),
          broken);
    } catch (SQLException e) {
      throw new IllegalStateException("reading the last verification failed", e);
    }
  }

  @Schedule(hour = "3", minute = "15", persistent = false)
  public void nightly() {
    if (lease.hold("audit-verify", Duration.ofHours(6))) {
      run();
    }
  }

  private TrailVerification run() {
    LocalDateTime now = LocalDateTime.now(clock);
    try (Connection connection = dataSource.getConnection()) {
      ChainVerification.Outcome outcome = ChainVerification.walk(connection, CHUNK);
      ChainBreak broken =
          outcome.firstBreak() == null ? null : withCaseNumber(connection, outcome.firstBreak());
      TrailVerification found =
          new TrailVerification(
              now,
              outcome.checked(),
              outcome.headPlace(),
              outcome.headHash(),
              pending(connection),
              broken);
      keep(connection, found);
      if (found.holds()) {
        LOG.info(
            () ->
                "audit trail holds: "
                    + found.checked()
                    + " rows, head "
                    + found.headPlace()
                    + " "
                    + found.headHash());
      } else {
        LOG.log(
            Level.SEVERE,
            "audit trail broken at audit row {0} (case {1}, {2}, {3}): {4}",
            new Object[] {
              broken.auditId(),
              broken.caseNumber(),
              broken.changedAt(),
              broken.field(),
              broken.reason()
            });
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("verifying the audit trail failed", e);
    }
  }

  private static CappedCount pending(Connection connection) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id FROM case_audit WHERE chain_seq IS NULL LIMIT " + (CappedCount.CAP + 1))) {
      long found = 0;
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found++;
        }
      }
      return CappedCount.of(found);
    }
  }

  private static void keep(Connection connection, TrailVerification found) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO audit_verification (verified_at, checked_rows, head_seq, head_hash,"
                + " broken_audit_id, broken_reason) VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setTimestamp(1, Timestamp.valueOf(found.verifiedAt()));
      insert.setLong(2, found.checked());
      insert.setLong(3, found.headPlace());
      insert.setString(4, found.headHash());
      if (found.holds()) {
        insert.setNull(5, java.sql.Types.BIGINT);
        insert.setNull(6, java.sql.Types.VARCHAR);
      } else {
        insert.setLong(5, found.firstBreak().auditId());
        insert.setString(6, found.firstBreak().reason().name());
      }
      insert.executeUpdate();
    }
  }

  /** A kept break named again from its row (for the last verification's page). */
  private static ChainBreak named(Connection connection, long auditId, String reason)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT " + AuditRow.COLUMNS + " FROM case_audit WHERE id = ?")) {
      select.setLong(1, auditId);
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return new ChainBreak(auditId, 0, 0, null, null, null, ChainBreak.Reason.valueOf(reason));
        }
        AuditRow row = AuditRow.read(rows);
        return withCaseNumber(
            connection,
            new ChainBreak(
                row.id(),
                row.seq(),
                row.caseId(),
                null,
                row.changedAt(),
                row.field(),
                ChainBreak.Reason.valueOf(reason)));
      }
    }
  }

  /** The case's number: from the case, or from its tombstone once it was purged. */
  private static ChainBreak withCaseNumber(Connection connection, ChainBreak broken)
      throws SQLException {
    if (broken.caseId() == 0) {
      return broken;
    }
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT case_number FROM support_case WHERE id = ?"
                + " UNION ALL SELECT old_value FROM case_audit WHERE case_id = ? AND field_name = ?")) {
      select.setLong(1, broken.caseId());
      select.setLong(2, broken.caseId());
      select.setString(3, CaseRemoval.TOMBSTONE);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? broken.withCaseNumber(rows.getString(1)) : broken;
      }
    }
  }
}
