package br.com.atende.shared.sql;

import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.internal.databaseaccess.QueryStringCall;
import org.eclipse.persistence.queries.Call;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Hands every statement EclipseLink executes to the {@link StatementRecorder}: JPQL, criteria and
 * native queries alike, since EclipseLink raises {@code preExecuteCall} for each call it sends
 * through a connection (in {@code AbstractSession.basicExecuteCall}), reads and writes.
 *
 * <p>Registered in {@code persistence.xml} ({@code eclipselink.session-event-listener}); client
 * sessions and units of work copy the server session's listeners, so one instance sees every
 * thread. Statements that never reach EclipseLink (the login realm's JDBC queries, Flyway, the
 * batch job repository) are not seen, and are not the pages' cost anyway.
 */
public class StatementListener extends SessionEventAdapter {

  @Override
  public void preExecuteCall(SessionEvent event) {
    if (StatementRecorder.isRecording()) {
      StatementRecorder.record(sqlOf(event.getCall()));
    }
  }

  /** The SQL of a call as sent to JDBC; a call of another kind by its log text. */
  static String sqlOf(Call call) {
    if (call instanceof DatabaseCall databaseCall && databaseCall.getSQLString() != null) {
      return databaseCall.getSQLString();
    }
    if (call instanceof QueryStringCall queryStringCall
        && queryStringCall.getQueryString() != null) {
      return queryStringCall.getQueryString();
    }
    return String.valueOf(call);
  }
}
