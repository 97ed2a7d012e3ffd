package br.com.atende.cases.bell;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of the bell's panel: what happened on which case, who caused it, when, and if read. */
public record BellItem(
    long id,
    long caseId,
    String caseNumber,
    String subject,
    NotificationKind kind,
    String actorName,
    LocalDateTime createdAt,
    LocalDateTime readAt)
    implements Serializable {

  public boolean isUnread() {
    return readAt == null;
  }
}
