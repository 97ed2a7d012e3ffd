package br.com.atende.timekeeping.model;

import br.com.atende.shared.InvalidInputException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When an entry's work happened, as the agent types it: a day, a start and an end time. An end
 * before the start means the work crossed midnight and ended the next day; an end equal to the
 * start is no work at all. Two periods overlap when they share more than an instant: one ending
 * when the other starts is allowed.
 */
public record WorkPeriod(LocalDateTime start, LocalDateTime end) {

  public WorkPeriod {
    Objects.requireNonNull(start);
    Objects.requireNonNull(end);
    if (!end.isAfter(start)) {
      throw new InvalidInputException("end", "error.time.emptyPeriod");
    }
  }

  /** The period typed on the form: day, start and end; an end before the start is the next day. */
  public static WorkPeriod of(LocalDate day, LocalTime start, LocalTime end) {
    if (day == null) {
      throw new InvalidInputException("day", "error.required");
    }
    if (start == null) {
      throw new InvalidInputException("start", "error.required");
    }
    if (end == null) {
      throw new InvalidInputException("end", "error.required");
    }
    LocalDateTime from = day.atTime(start);
    LocalDateTime to = end.isBefore(start) ? day.plusDays(1).atTime(end) : day.atTime(end);
    return new WorkPeriod(from, to);
  }

  /** Whether the two periods share more than an instant (touching ends do not overlap). */
  public boolean overlaps(WorkPeriod other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  public long minutes() {
    return Duration.between(start, end).toMinutes();
  }

  public LocalDate day() {
    return start.toLocalDate();
  }
}
