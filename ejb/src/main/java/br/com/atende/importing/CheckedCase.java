package br.com.atende.importing;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Optional;

/**
 * A row's case after the rules that need no database: its external id, subject and request, the
 * department it goes to (by name, the company by code when given) and when it was opened. Whether
 * the department and the party exist is the writer's to find out.
 */
public record CheckedCase(
    String externalId,
    String subject,
    String request,
    String department,
    String company,
    LocalDateTime openedAt)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Fits the column (and ids of other systems seen so far). */
  static final int EXTERNAL_ID_LENGTH = 100;

  private static final int SUBJECT_LENGTH = 200;

  /** A case number's year starts at 2000 ({@code CaseNumber}). */
  private static final int FIRST_YEAR = 2000;

  /** 2026-03-01, 2026-03-01 14:30, 2026-03-01T14:30:15. */
  private static final DateTimeFormatter ISO = moment("uuuu-MM-dd['T'HH:mm[:ss]][' 'HH:mm[:ss]]");

  /** 01/03/2026, 01/03/2026 14:30, as typed in Brazil. */
  private static final DateTimeFormatter BRAZILIAN = moment("dd/MM/uuuu[' 'HH:mm[:ss]]");

  /**
   * Checks the case columns of a row, adding what is wrong to {@code problems}; a case opened at no
   * given time is opened {@code now}.
   */
  static CheckedCase of(CaseColumns typed, LocalDateTime now, List<CheckedRow.Problem> problems) {
    int before = problems.size();
    if (typed.externalId() == null) {
      problems.add(new CheckedRow.Problem("case_external_id", RowProblem.MISSING_EXTERNAL_ID));
    } else if (typed.externalId().length() > EXTERNAL_ID_LENGTH) {
      problems.add(new CheckedRow.Problem("case_external_id", RowProblem.TOO_LONG));
    }
    if (typed.subject() == null) {
      problems.add(new CheckedRow.Problem("case_subject", RowProblem.MISSING_SUBJECT));
    } else if (typed.subject().length() > SUBJECT_LENGTH) {
      problems.add(new CheckedRow.Problem("case_subject", RowProblem.TOO_LONG));
    }
    if (typed.request() == null) {
      problems.add(new CheckedRow.Problem("case_request", RowProblem.MISSING_REQUEST));
    }
    if (typed.department() == null) {
      problems.add(new CheckedRow.Problem("case_department", RowProblem.MISSING_DEPARTMENT));
    }
    LocalDateTime openedAt = now;
    if (typed.openedAt() != null) {
      openedAt = parse(typed.openedAt()).filter(at -> !at.isAfter(now)).orElse(null);
      if (openedAt == null || openedAt.getYear() < FIRST_YEAR) {
        problems.add(new CheckedRow.Problem("case_opened_at", RowProblem.INVALID_DATE));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new CheckedCase(
        typed.externalId(),
        typed.subject(),
        typed.request(),
        typed.department(),
        typed.company(),
        openedAt);
  }

  private static Optional<LocalDateTime> parse(String typed) {
    for (DateTimeFormatter format : List.of(ISO, BRAZILIAN)) {
      try {
        return Optional.of(LocalDateTime.parse(typed, format));
      } catch (DateTimeParseException e) {
        // the next format, or none
      }
    }
    return Optional.empty();
  }

  private static DateTimeFormatter moment(String pattern) {
    return new DateTimeFormatterBuilder()
        .appendPattern(pattern)
        .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
        .parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
        .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
        .toFormatter()
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
