package br.com.atende.cases.trash;

import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.Trash;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A case as the trash page lists it: what it was, who deleted it and when, one projection. */
public record TrashedCase(
    long id,
    String number,
    String subject,
    String partyName,
    CaseStatus status,
    String deletedByName,
    LocalDateTime deletedAt)
    implements Serializable {

  static final String SELECT =
      "SELECT NEW br.com.atende.cases.trash.TrashedCase(c.id, c.number, c.subject, p.name,"
          + " c.status, d.name, c.deletedAt)";

  /** Until when a restore brings the case back; the purge may remove it after. */
  public LocalDateTime restorableUntil() {
    return deletedAt.plus(Trash.RETENTION);
  }
}
