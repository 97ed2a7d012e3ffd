package br.com.atende.cases.notification;

import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.ClientUpdates;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The informational status of a case as the client sees it (seed 004 §4.5): the text, the optional
 * message, and whether it is started ("Iniciado") or ended ("Encerrado"). Plain text: every page
 * and email escapes it.
 */
public record InformationalStatus(
    String status, String message, boolean started, LocalDateTime startedAt, LocalDateTime endedAt)
    implements Serializable {

  /** The case's last informational status; null when none was ever set. */
  public static InformationalStatus of(Case supportCase) {
    ClientUpdates updates = supportCase.getClientUpdates();
    if (updates.getStatus() == null) {
      return null;
    }
    return new InformationalStatus(
        updates.getStatus(),
        updates.getMessage(),
        updates.isStarted(),
        updates.getStartedAt(),
        updates.getEndedAt());
  }
}
