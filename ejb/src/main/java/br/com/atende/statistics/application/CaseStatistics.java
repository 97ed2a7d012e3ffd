package br.com.atende.statistics.application;

import java.io.Serializable;
import java.util.List;

/**
 * The figures of the statistics page for one filter: the cases opened in the period by status, by
 * priority, by department, by holding group and by holding agent; per day the cases opened and
 * closed (every day of the period, zero where none); of the cases opened in the period the time to
 * the first answer and to the conclusion and their due dates; and the satisfaction ratings given in
 * the period.
 */
public record CaseStatistics(
    long opened,
    List<Tally> byStatus,
    List<Tally> byPriority,
    List<Tally> byDepartment,
    List<DayTally> perDay,
    Ranking byGroup,
    Ranking byAgent,
    Elapsed toFirstResponse,
    Elapsed toSolution,
    OverdueTally overdue,
    Ratings ratings)
    implements Serializable {

  public CaseStatistics {
    byStatus = List.copyOf(byStatus);
    byPriority = List.copyOf(byPriority);
    byDepartment = List.copyOf(byDepartment);
    perDay = List.copyOf(perDay);
  }
}
