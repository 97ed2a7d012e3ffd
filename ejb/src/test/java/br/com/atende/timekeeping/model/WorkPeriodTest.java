package br.com.atende.timekeeping.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class WorkPeriodTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

  private static WorkPeriod period(String start, String end) {
    return WorkPeriod.of(DAY, LocalTime.parse(start), LocalTime.parse(end));
  }

  @Test
  void anEndBeforeTheStartEndsTheNextDay() {
    WorkPeriod night = period("22:30", "01:15");
    assertEquals(LocalDateTime.of(2026, 3, 10, 22, 30), night.start());
    assertEquals(LocalDateTime.of(2026, 3, 11, 1, 15), night.end());
    assertEquals(165, night.minutes());
  }

  @Test
  void anEndEqualToTheStartIsNoWorkAndIsRefused() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> period("09:00", "09:00"));
    assertEquals("end", refused.field());
  }

  @Test
  void periodsSharingTimeOverlap() {
    assertTrue(period("09:00", "10:00").overlaps(period("09:30", "11:00")));
    assertTrue(period("09:30", "11:00").overlaps(period("09:00", "10:00")));
    assertTrue(period("09:00", "12:00").overlaps(period("10:00", "11:00")));
  }

  @Test
  void periodsThatOnlyTouchDoNotOverlap() {
    assertFalse(period("09:00", "10:00").overlaps(period("10:00", "11:00")));
    assertFalse(period("10:00", "11:00").overlaps(period("09:00", "10:00")));
  }

  @Test
  void aPeriodCrossingMidnightOverlapsTheNextMorning() {
    WorkPeriod night = period("23:00", "02:00");
    WorkPeriod nextMorning =
        WorkPeriod.of(DAY.plusDays(1), LocalTime.parse("01:00"), LocalTime.parse("03:00"));
    assertTrue(night.overlaps(nextMorning));
    assertFalse(
        night.overlaps(
            WorkPeriod.of(DAY.plusDays(1), LocalTime.parse("02:00"), LocalTime.parse("03:00"))));
  }

  @Test
  void theSameHoursOnAnotherDayDoNotOverlap() {
    assertFalse(
        period("09:00", "10:00")
            .overlaps(
                WorkPeriod.of(
                    DAY.plusDays(1), LocalTime.parse("09:00"), LocalTime.parse("10:00"))));
  }
}
