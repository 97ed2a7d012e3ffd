package br.com.atende.calendar.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  private final BusinessCalendar closedOnCarnival = new BusinessCalendar(Set.of(), false);

  @Test
  void theNextWorkingDayAfterAFridayIsTheMonday() {
    assertEquals(
        LocalDate.of(2026, 12, 7), closedOnCarnival.nextWorkingDay(LocalDate.of(2026, 12, 4)));
  }

  @Test
  void aHolidayOnAWeekdayIsSkippedWithTheWeekendAfterIt() {
    // Christmas 2026 is a Friday.
    assertEquals(
        LocalDate.of(2026, 12, 28), closedOnCarnival.nextWorkingDay(LocalDate.of(2026, 12, 24)));
  }

  @Test
  void aCompanyClosedOnCarnivalGoesFromTheFridayBeforeToAshWednesday() {
    assertEquals(
        LocalDate.of(2027, 2, 10), closedOnCarnival.nextWorkingDay(LocalDate.of(2027, 2, 5)));
  }

  @Test
  void aCompanyThatWorksCarnivalGoesToCarnivalMonday() {
    BusinessCalendar worksCarnival = new BusinessCalendar(Set.of(), true);
    assertEquals(LocalDate.of(2027, 2, 8), worksCarnival.nextWorkingDay(LocalDate.of(2027, 2, 5)));
  }

  @Test
  void aCompanysOwnHolidayIsNotAWorkingDay() {
    LocalDate anniversary = LocalDate.of(2026, 12, 8);
    BusinessCalendar calendar = new BusinessCalendar(Set.of(anniversary), false);
    assertFalse(calendar.isWorkingDay(anniversary));
    assertTrue(closedOnCarnival.isWorkingDay(anniversary));
    assertEquals(LocalDate.of(2026, 12, 9), calendar.nextWorkingDay(LocalDate.of(2026, 12, 7)));
  }

  @Test
  void weekendsAndNationalHolidaysAreNotWorkingDays() {
    assertFalse(closedOnCarnival.isWorkingDay(LocalDate.of(2026, 12, 5)));
    assertFalse(closedOnCarnival.isWorkingDay(LocalDate.of(2026, 12, 6)));
    assertFalse(closedOnCarnival.isWorkingDay(LocalDate.of(2026, 4, 3)));
    assertFalse(closedOnCarnival.isWorkingDay(LocalDate.of(2026, 6, 4)));
    assertTrue(closedOnCarnival.isWorkingDay(LocalDate.of(2026, 12, 1)));
  }

  @Test
  void theNewYearIsSkippedAcrossTheYearsEnd() {
    // 31 Dec 2026 is a Thursday; 1 Jan 2027 a Friday holiday.
    assertEquals(
        LocalDate.of(2027, 1, 4), closedOnCarnival.nextWorkingDay(LocalDate.of(2026, 12, 31)));
  }
}
