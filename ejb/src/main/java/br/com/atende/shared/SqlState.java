package br.com.atende.shared;

import java.sql.SQLException;

/** What the database said, by the SQLState of the exception (or of one of its causes). */
public final class SqlState {

  /** unique_violation, the same on PostgreSQL and H2. */
  private static final String UNIQUE_VIOLATION = "23505";

  private SqlState() {}

  /** Whether the failure is a unique index or constraint refusing a second equal key. */
  public static boolean uniqueViolation(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
