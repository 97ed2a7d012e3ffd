package br.com.atende.shared.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.junit.jupiter.api.Test;

class StatementRecorderTest {

  private final StatementListener listener = new StatementListener();

  /** A session that never connects: only the source of the events. */
  private final Session session = new Project(new DatabaseLogin()).createDatabaseSession();

  @Test
  void nothingIsKeptWhileNoThreadRecords() {
    issue("SELECT 1");
    assertFalse(StatementRecorder.isRecording());
    try (StatementRecorder.Recording recording = StatementRecorder.onThisThread()) {
      assertTrue(StatementRecorder.isRecording());
      assertEquals(List.of(), recording.statements());
    }
    assertFalse(StatementRecorder.isRecording());
  }

  @Test
  void aRecordingKeepsTheStatementsOfItsThreadInOrder() {
    try (StatementRecorder.Recording recording = StatementRecorder.onThisThread()) {
      issue("SELECT t0.id FROM support_case t0 WHERE (t0.id = ?)");
      issue("SELECT COUNT(*) FROM forwarding WHERE case_id = ?1");
      assertEquals(
          List.of(
              "SELECT t0.id FROM support_case t0 WHERE (t0.id = ?)",
              "SELECT COUNT(*) FROM forwarding WHERE case_id = ?1"),
          recording.statements());
    }
  }

  @Test
  void statementsOfOtherThreadsAreNotKept() throws Exception {
    try (StatementRecorder.Recording recording = StatementRecorder.onThisThread()) {
      issue("SELECT 'request'");
      CompletableFuture.runAsync(() -> issue("SELECT 'timer'")).get();
      assertEquals(List.of("SELECT 'request'"), recording.statements());
    }
  }

  @Test
  void whatIsIssuedAfterTheRecordingClosedIsNotKept() {
    StatementRecorder.Recording recording = StatementRecorder.onThisThread();
    issue("SELECT 1");
    recording.close();
    recording.close();
    issue("SELECT 2");
    assertEquals(List.of("SELECT 1"), recording.statements());
    assertFalse(StatementRecorder.isRecording(), "closing twice counts once");
  }

  @Test
  void aThreadRecordsIntoOneRecordingAtATimeAndClosesItItself() throws Exception {
    try (StatementRecorder.Recording recording = StatementRecorder.onThisThread()) {
      assertThrows(IllegalStateException.class, StatementRecorder::onThisThread);
      Throwable fromOtherThread =
          CompletableFuture.supplyAsync(
                  () -> assertThrows(IllegalStateException.class, recording::close))
              .get();
      assertTrue(fromOtherThread.getMessage().contains("thread that started it"));
    }
  }

  private void issue(String sql) {
    SessionEvent event = new SessionEvent(SessionEvent.PreExecuteCall, session);
    event.setCall(new SQLCall(sql));
    listener.preExecuteCall(event);
  }
}
