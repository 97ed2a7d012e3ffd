package br.com.atende.cases.model;

import br.com.atende.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.function.UnaryOperator;

/**
 * The due date a case takes when it enters a status (seed 001 §2.1, SPEC C9), so that no case is
 * left due at the end of a day: PENDING is due the next working day; WAITING_THIRD_PARTY (the
 * client or a third party must act first) on the date agreed with them, which is required;
 * SCHEDULED on the day of the visit. Every other status leaves the due date as it is.
 *
 * <p>A due date set by this rule is the end of its day (23:59): a case due today belongs to today's
 * work until midnight, and the nightly sweep flags it overdue only once the day has passed.
 */
public final class DueDateRule {

  /** The time of day a due date set by the rule falls on. */
  public static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

  private DueDateRule() {}

  /** Whether a case entering the status takes the visit's date (the status dialog asks for it). */
  public static boolean asksForVisit(CaseStatus target) {
    return target == CaseStatus.SCHEDULED;
  }

  /** Whether a case entering the status takes the date agreed (the status dialog asks for it). */
  public static boolean asksForAgreedDate(CaseStatus target) {
    return target == CaseStatus.WAITING_THIRD_PARTY;
  }

  /** Whether a case entering the status becomes due the next working day. */
  public static boolean dueNextWorkingDay(CaseStatus target) {
    return target == CaseStatus.PENDING;
  }

  /**
   * The due date of a case entering {@code target}.
   *
   * @param current the case's due date now (kept for statuses the rule leaves alone)
   * @param visit the visit agreed with the client, for SCHEDULED
   * @param agreed the date agreed with the client or third party, for WAITING_THIRD_PARTY
   * @param nextWorkingDay the company's next working day after a day (asked only for PENDING)
   */
  public static LocalDateTime dueOnEntering(
      CaseStatus target,
      LocalDateTime current,
      LocalDateTime now,
      LocalDateTime visit,
      LocalDate agreed,
      UnaryOperator<LocalDate> nextWorkingDay) {
    switch (target) {
      case PENDING:
        return nextWorkingDay.apply(now.toLocalDate()).atTime(END_OF_DAY);
      case WAITING_THIRD_PARTY:
        if (agreed == null) {
          throw new InvalidInputException("agreedDate", "error.dueDate.agreedRequired");
        }
        if (agreed.isBefore(now.toLocalDate())) {
          throw new InvalidInputException("agreedDate", "error.dueDate.past");
        }
        return agreed.atTime(END_OF_DAY);
      case SCHEDULED:
        if (visit == null) {
          throw new InvalidInputException("scheduledFor", "error.required");
        }
        return visit.toLocalDate().atTime(END_OF_DAY);
      default:
        return current;
    }
  }
}
