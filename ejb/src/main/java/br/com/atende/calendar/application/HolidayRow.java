package br.com.atende.calendar.application;

import java.io.Serializable;
import java.time.LocalDate;

/** A company holiday as the administrator's list shows it. */
public record HolidayRow(long id, LocalDate date, String name) implements Serializable {}
