package br.com.atende.statistics.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The period (both days included) and, optionally, the company (else the supervisor's own) and the
 * department of that company the statistics count.
 */
public record StatisticsFilter(LocalDate from, LocalDate to, Long departmentId, Long companyId)
    implements Serializable {

  /** The supervisor's own company. */
  public StatisticsFilter(LocalDate from, LocalDate to, Long departmentId) {
    this(from, to, departmentId, null);
  }
}
