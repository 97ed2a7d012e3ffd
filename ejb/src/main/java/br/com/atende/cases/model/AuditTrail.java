package br.com.atende.cases.model;

import br.com.atende.organization.model.Agent;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The audit rows one change of a case leaves (SPEC C10): one per field whose shown value changed,
 * with who and when, in the order the fields were compared.
 */
final class AuditTrail {

  private static final DateTimeFormatter AUDITED_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Case supportCase;
  private final Agent by;
  private final LocalDateTime now;
  private final List<CaseAudit> rows = new ArrayList<>();

  /** {@code by} is null for a change no agent made (the nightly overdue sweep). */
  AuditTrail(Case supportCase, Agent by, LocalDateTime now) {
    this.supportCase = supportCase;
    this.by = by;
    this.now = now;
  }

  void compare(String field, Object from, Object to) {
    if (!Objects.equals(from, to)) {
      rows.add(new CaseAudit(supportCase, field, from, to, by, now));
    }
  }

  /** Compares two entities by the name the audit shows. */
  <T> void compareNamed(String field, T from, T to, Function<T, String> name) {
    compare(field, from == null ? null : name.apply(from), to == null ? null : name.apply(to));
  }

  /** Compares two times to the minute, as the audit shows them. */
  void compareTimes(String field, LocalDateTime from, LocalDateTime to) {
    compare(
        field,
        from == null ? null : AUDITED_TIME.format(from),
        to == null ? null : AUDITED_TIME.format(to));
  }

  /** Whether two times show the same in the audit (to the minute). */
  static boolean sameMinute(LocalDateTime a, LocalDateTime b) {
    return Objects.equals(
        a == null ? null : AUDITED_TIME.format(a), b == null ? null : AUDITED_TIME.format(b));
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  List<CaseAudit> rows() {
    return rows;
  }
}
