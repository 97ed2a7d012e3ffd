package br.com.atende.statistics.application;

import java.io.Serializable;
import java.time.LocalDate;

/** The period (both days included) and, optionally, the department the statistics count. */
public record StatisticsFilter(LocalDate from, LocalDate to, Long departmentId)
    implements Serializable {}
