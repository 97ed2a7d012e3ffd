package br.com.atende.calendar.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One company's working days: not a Saturday or Sunday, not a national holiday, not Carnival unless
 * the company works it, and not one of the company's own holidays. Immutable; the company's
 * holidays are those of the window the caller read, so a question about a day past it must not be
 * asked (see {@link #nextWorkingDay}).
 */
public final class BusinessCalendar {

  /** How far the next working day is looked for: longer than any run of holidays and weekends. */
  public static final int LOOK_AHEAD_DAYS = 30;

  private final Set<LocalDate> companyHolidays;
  private final boolean worksCarnival;
  private final Map<Integer, Set<LocalDate>> nationalByYear = new HashMap<>();

  public BusinessCalendar(Set<LocalDate> companyHolidays, boolean worksCarnival) {
    this.companyHolidays = Set.copyOf(companyHolidays);
    this.worksCarnival = worksCarnival;
  }

  public boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
      return false;
    }
    return !national(day.getYear()).contains(day) && !companyHolidays.contains(day);
  }

  /** The first working day after {@code day}, at most {@link #LOOK_AHEAD_DAYS} later. */
  public LocalDate nextWorkingDay(LocalDate day) {
    Objects.requireNonNull(day);
    for (int i = 1; i <= LOOK_AHEAD_DAYS; i++) {
      LocalDate candidate = day.plusDays(i);
      if (isWorkingDay(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no working day in the " + LOOK_AHEAD_DAYS + " after " + day);
  }

  private Set<LocalDate> national(int year) {
    return nationalByYear.computeIfAbsent(
        year, y -> Set.copyOf(NationalHolidays.of(y, !worksCarnival).keySet()));
  }
}
