package br.com.atende.statistics.application;

import java.io.Serializable;
import java.time.LocalDate;

/** The cases opened and closed on one day of the period. */
public record DayTally(LocalDate day, long opened, long closed) implements Serializable {}
