package br.com.atende.cases.application;

import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.Priority;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A case as a queue row shows it: one projection query, no entity graph. The holder's id is there
 * for what a row shows next to the holder's name (the supervisors' team tabs: its availability).
 */
public record CaseSummary(
    long id,
    String number,
    String subject,
    String partyName,
    Priority priority,
    CaseStatus status,
    String holderName,
    LocalDateTime openedAt,
    LocalDateTime dueDate,
    boolean overdue,
    Long holderId)
    implements Serializable {

  /**
   * The projection's SELECT clause, over a case {@code c}, its party {@code p} and its holder
   * {@code h} (left-joined: NEW cases have none).
   */
  public static final String SELECT =
      "SELECT NEW br.com.atende.cases.application.CaseSummary(c.id, c.number, c.subject, p.name,"
          + " c.priority, c.status, h.name, c.openedAt, c.schedule.dueDate, c.schedule.overdue,"
          + " c.holderId)";
}
