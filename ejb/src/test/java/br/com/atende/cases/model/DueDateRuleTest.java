package br.com.atende.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.atende.calendar.model.BusinessCalendar;
import br.com.atende.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The due date a case takes when it enters each status (seed 001 §2.1). */
class DueDateRuleTest {

  /** A Thursday; the Friday after is Christmas 2026. */
  private static final LocalDateTime CHRISTMAS_EVE = LocalDateTime.of(2026, 12, 24, 16, 30);

  private static final LocalDateTime CURRENT = LocalDateTime.of(2026, 12, 20, 10, 0);

  private final UnaryOperator<LocalDate> nextWorkingDay =
      new BusinessCalendar(Set.of(), false)::nextWorkingDay;

  @Test
  void aPendingCaseIsDueAtTheEndOfTheNextWorkingDay() {
    assertEquals(
        LocalDateTime.of(2026, 12, 28, 23, 59),
        DueDateRule.dueOnEntering(
            CaseStatus.PENDING, CURRENT, CHRISTMAS_EVE, null, null, nextWorkingDay));
  }

  @Test
  void aPendingCaseOfACompanyWithItsOwnHolidaySkipsItToo() {
    UnaryOperator<LocalDate> closedOnMonday =
        new BusinessCalendar(Set.of(LocalDate.of(2026, 12, 28)), false)::nextWorkingDay;
    assertEquals(
        LocalDateTime.of(2026, 12, 29, 23, 59),
        DueDateRule.dueOnEntering(
            CaseStatus.PENDING, CURRENT, CHRISTMAS_EVE, null, null, closedOnMonday));
  }

  @Test
  void waitingIsDueAtTheEndOfTheDayAgreed() {
    assertEquals(
        LocalDateTime.of(2027, 1, 8, 23, 59),
        DueDateRule.dueOnEntering(
            CaseStatus.WAITING_THIRD_PARTY,
            CURRENT,
            CHRISTMAS_EVE,
            null,
            LocalDate.of(2027, 1, 8),
            nextWorkingDay));
  }

  @Test
  void waitingMayBeAgreedForToday() {
    assertEquals(
        CHRISTMAS_EVE.toLocalDate().atTime(23, 59),
        DueDateRule.dueOnEntering(
            CaseStatus.WAITING_THIRD_PARTY,
            CURRENT,
            CHRISTMAS_EVE,
            null,
            CHRISTMAS_EVE.toLocalDate(),
            nextWorkingDay));
  }

  @Test
  void waitingWithoutTheAgreedDateIsRefusedNamingTheField() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                DueDateRule.dueOnEntering(
                    CaseStatus.WAITING_THIRD_PARTY,
                    CURRENT,
                    CHRISTMAS_EVE,
                    null,
                    null,
                    nextWorkingDay));
    assertEquals("agreedDate", refused.field());
    assertEquals("error.dueDate.agreedRequired", refused.messageKey());
  }

  @Test
  void waitingForADayAlreadyPastIsRefused() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                DueDateRule.dueOnEntering(
                    CaseStatus.WAITING_THIRD_PARTY,
                    CURRENT,
                    CHRISTMAS_EVE,
                    null,
                    LocalDate.of(2026, 12, 23),
                    nextWorkingDay));
    assertEquals("agreedDate", refused.field());
  }

  @Test
  void aScheduledCaseIsDueOnTheDayOfTheVisit() {
    assertEquals(
        LocalDateTime.of(2027, 1, 5, 23, 59),
        DueDateRule.dueOnEntering(
            CaseStatus.SCHEDULED,
            CURRENT,
            CHRISTMAS_EVE,
            LocalDateTime.of(2027, 1, 5, 14, 0),
            null,
            nextWorkingDay));
  }

  @Test
  void aScheduledCaseWithoutTheVisitIsRefusedNamingTheField() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                DueDateRule.dueOnEntering(
                    CaseStatus.SCHEDULED, CURRENT, CHRISTMAS_EVE, null, null, nextWorkingDay));
    assertEquals("scheduledFor", refused.field());
  }

  @ParameterizedTest
  @EnumSource(
      value = CaseStatus.class,
      names = {"PENDING", "WAITING_THIRD_PARTY", "SCHEDULED"},
      mode = EnumSource.Mode.EXCLUDE)
  void everyOtherStatusKeepsTheDueDateAndAsksNoCalendar(CaseStatus status) {
    UnaryOperator<LocalDate> noCalendar =
        day -> {
          throw new AssertionError("the calendar was asked for " + status);
        };
    assertEquals(
        CURRENT, DueDateRule.dueOnEntering(status, CURRENT, CHRISTMAS_EVE, null, null, noCalendar));
    assertEquals(
        null, DueDateRule.dueOnEntering(status, null, CHRISTMAS_EVE, null, null, noCalendar));
  }

  @Test
  void theRuleCoversEveryStatus() {
    // A new status must be decided here: it either keeps the due date or sets one.
    assertEquals(10, EnumSet.allOf(CaseStatus.class).size());
  }

  /**
   * The status dialog shows a date field only when {@link DueDateRule#asksForVisit} or {@link
   * DueDateRule#asksForAgreedDate} say so: exactly the statuses whose rule refuses to go on without
   * that date, so no status asks for a date it ignores and none needs one the dialog hides.
   */
  @ParameterizedTest
  @EnumSource(CaseStatus.class)
  void theStatusDialogAsksExactlyForTheDateTheChosenStatusNeeds(CaseStatus target) {
    String missing;
    try {
      LocalDateTime due =
          DueDateRule.dueOnEntering(target, CURRENT, CHRISTMAS_EVE, null, null, nextWorkingDay);
      missing = null;
      assertEquals(
          DueDateRule.dueNextWorkingDay(target),
          due.equals(LocalDateTime.of(2026, 12, 28, 23, 59)));
    } catch (InvalidInputException e) {
      missing = e.field();
    }
    assertEquals(DueDateRule.asksForVisit(target), "scheduledFor".equals(missing));
    assertEquals(DueDateRule.asksForAgreedDate(target), "agreedDate".equals(missing));
  }
}
