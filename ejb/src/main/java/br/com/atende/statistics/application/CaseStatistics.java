package br.com.atende.statistics.application;

import java.io.Serializable;
import java.util.List;

/**
 * The figures of the statistics page for one filter: the cases opened in the period by status, by
 * priority and by department, and per day the cases opened and closed (every day of the period,
 * zero where none).
 */
public record CaseStatistics(
    long opened,
    List<Tally> byStatus,
    List<Tally> byPriority,
    List<Tally> byDepartment,
    List<DayTally> perDay)
    implements Serializable {

  public CaseStatistics {
    byStatus = List.copyOf(byStatus);
    byPriority = List.copyOf(byPriority);
    byDepartment = List.copyOf(byDepartment);
    perDay = List.copyOf(perDay);
  }
}
