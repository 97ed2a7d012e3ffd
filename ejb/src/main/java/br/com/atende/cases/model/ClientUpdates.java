package br.com.atende.cases.model;

import br.com.atende.organization.model.Agent;
import br.com.atende.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the client is told of a case besides its replies (seed 004 §2.1 and §4.5): whether the
 * case's emails go to the client at all, and the informational status an agent set for the client
 * to see ("Iniciado" until it is ended, explicitly or by concluding the case). Every change leaves
 * its audit rows, so the case's history tells who told the client what, and when.
 */
@Embeddable
public class ClientUpdates implements Serializable {

  public static final int STATUS_LENGTH = 120;
  public static final int MESSAGE_LENGTH = 1000;

  @Column(name = "notify_client", nullable = false)
  private boolean notifyClient = true;

  @Column(name = "info_status", length = STATUS_LENGTH)
  private String status;

  @Column(name = "info_status_message", length = MESSAGE_LENGTH)
  private String message;

  @Column(name = "info_status_started_at")
  private LocalDateTime startedAt;

  /** Null while the status is started; the text stays after it ends, shown as ended. */
  @Column(name = "info_status_ended_at")
  private LocalDateTime endedAt;

  public ClientUpdates() {}

  List<CaseAudit> notifyClient(boolean on, Case of, Agent by, LocalDateTime now) {
    AuditTrail audit = new AuditTrail(of, by, now);
    audit.compare("notifyClient", notifyClient, on);
    notifyClient = on;
    return audit.rows();
  }

  /**
   * Starts an informational status, replacing a started one (the history keeps both): the text is
   * required and bounded, the message optional. Both are kept as typed; every page and email
   * escapes them.
   */
  List<CaseAudit> start(String text, String note, Case of, Agent by, LocalDateTime now) {
    String newStatus = bounded("infoStatus", text, STATUS_LENGTH);
    if (newStatus == null) {
      throw new InvalidInputException("infoStatus", "error.required");
    }
    String newMessage = bounded("infoStatusMessage", note, MESSAGE_LENGTH);
    AuditTrail audit = new AuditTrail(of, by, now);
    audit.compare("infoStatus", shown(), newStatus + " · started");
    audit.compare("infoStatusMessage", message, newMessage);
    status = newStatus;
    message = newMessage;
    startedAt = now;
    endedAt = null;
    return audit.rows();
  }

  /**
   * Ends the started status ("Encerrado"), kept as ended; nothing to record when none is started.
   */
  List<CaseAudit> end(Case of, Agent by, LocalDateTime now) {
    if (!isStarted()) {
      return List.of();
    }
    AuditTrail audit = new AuditTrail(of, by, now);
    audit.compare("infoStatus", shown(), status + " · ended");
    endedAt = now;
    return audit.rows();
  }

  /** As the history shows it: the text and its state. */
  private String shown() {
    if (status == null) {
      return null;
    }
    return status + (isStarted() ? " · started" : " · ended");
  }

  private static String bounded(String field, String text, int length) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() > length) {
      throw new InvalidInputException(field, "error.tooLong");
    }
    return stripped;
  }

  public boolean isStarted() {
    return status != null && endedAt == null;
  }

  public LocalDateTime getEndedAt() {
    return endedAt;
  }

  public boolean isNotifyClient() {
    return notifyClient;
  }

  public String getStatus() {
    return status;
  }

  public String getMessage() {
    return message;
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
  }
}
