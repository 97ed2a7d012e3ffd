package br.com.atende.it.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/**
 * The database of a running cluster, read and written by the cluster's fault tests over JDBC (they
 * run outside the servers): {@code atende.cluster.db.url}, {@code .user} and {@code .password}. A
 * fault test makes its own API client here, as the admin page does, and reads back what the cluster
 * committed.
 */
public final class ClusterDatabase {

  /** An outbox row: its status, whether it was tried, whether an error is kept, its Message-ID. */
  public record Email(String status, int attempts, String lastError, String messageId) {

    public boolean failedBefore() {
      return lastError != null;
    }
  }

  private final String url = System.getProperty("atende.cluster.db.url");
  private final String user = System.getProperty("atende.cluster.db.user");
  private final String password = System.getProperty("atende.cluster.db.password");

  /**
   * A new API client named {@code run} (an agent of ana's department acting for it, its token kept
   * as a SHA-256); returns its token.
   */
  public String newApiClient(String run) {
    String token = "atd_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection db = connect()) {
      db.setAutoCommit(false);
      update(
          db,
          "INSERT INTO agent (id, company_id, department_id, login, name, email, password_hash,"
              + " clearance, active, version, profile_id, language, api_client)"
              + " SELECT nextval('agent_seq'), company_id, department_id, ?, ?, ?, password_hash, 0,"
              + " TRUE, 0, NULL, language, TRUE FROM agent WHERE login = 'ana'",
          run,
          "API: " + run,
          run + "@api.invalid");
      update(
          db,
          "INSERT INTO agent_role (agent_id, role_name) SELECT id, 'AGENT' FROM agent WHERE login = ?",
          run);
      update(
          db,
          "INSERT INTO api_client (id, agent_id, name, token_hash, may_read, may_write,"
              + " requests_per_minute, created_at) SELECT nextval('api_client_seq'), id, ?, ?, TRUE,"
              + " TRUE, 100000, CURRENT_TIMESTAMP FROM agent WHERE login = ?",
          run,
          sha256(token),
          run);
      db.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return token;
  }

  /** A client (party) cases may be opened for. */
  public long anyClient() {
    return Long.parseLong(
        text("SELECT id FROM party WHERE active AND NOT supplier ORDER BY id LIMIT 1"));
  }

  /** The number of rows the query counts, its one parameter a string. */
  public long count(String sql, String parameter) {
    try (Connection db = connect();
        PreparedStatement count = db.prepareStatement(sql)) {
      count.setString(1, parameter);
      try (ResultSet r = count.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The outbox rows of the cases whose subject starts with {@code run}, by id. */
  public Map<Long, Email> outboxOf(String run) {
    Map<Long, Email> rows = new HashMap<>();
    try (Connection db = connect();
        PreparedStatement select =
            db.prepareStatement(
                "SELECT e.id, e.status, e.attempts, e.last_error, e.message_id FROM outbound_email e"
                    + " JOIN support_case c ON c.id = e.case_id WHERE c.subject LIKE ?")) {
      select.setString(1, run + " %");
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          rows.put(
              r.getLong(1), new Email(r.getString(2), r.getInt(3), r.getString(4), r.getString(5)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return rows;
  }

  /** Who holds the named lease of a job (ClusterLease), or null. */
  public String leaseHolder(String name) {
    try (Connection db = connect();
        PreparedStatement select =
            db.prepareStatement("SELECT holder FROM cluster_lease WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet r = select.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String text(String sql) {
    try (Connection db = connect();
        PreparedStatement query = db.prepareStatement(sql);
        ResultSet r = query.executeQuery()) {
      if (!r.next()) {
        throw new IllegalStateException("no row: " + sql);
      }
      return r.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void update(Connection db, String sql, String... parameters) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      if (statement.executeUpdate() != 1) {
        throw new IllegalStateException("not one row: " + sql);
      }
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }
}
