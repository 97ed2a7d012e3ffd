package br.com.atende.customfield.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * A custom field's value, in the one typed slot its type uses (the others null): text (TEXT and
 * LONG_TEXT), number (INTEGER and DECIMAL), date, flag, reference (the option of a single choice, a
 * party, an agent) or the chosen options of a multiple choice.
 */
public record FieldValue(
    String text, BigDecimal number, LocalDate date, Boolean flag, Long ref, Set<Long> options) {

  public static final FieldValue EMPTY = new FieldValue(null, null, null, null, null, Set.of());

  public FieldValue {
    options = options == null ? Set.of() : Set.copyOf(new TreeSet<>(options));
  }

  public static FieldValue ofText(String text) {
    return new FieldValue(text, null, null, null, null, null);
  }

  public static FieldValue ofNumber(BigDecimal number) {
    return new FieldValue(null, number, null, null, null, null);
  }

  public static FieldValue ofDate(LocalDate date) {
    return new FieldValue(null, null, date, null, null, null);
  }

  public static FieldValue ofFlag(boolean flag) {
    return new FieldValue(null, null, null, flag, null, null);
  }

  public static FieldValue ofRef(long ref) {
    return new FieldValue(null, null, null, null, ref, null);
  }

  public static FieldValue ofOptions(Set<Long> options) {
    return new FieldValue(null, null, null, null, null, options);
  }

  /** No value at all: what a required field must not be. A false flag is a value. */
  public boolean isEmpty() {
    return text == null
        && number == null
        && date == null
        && flag == null
        && ref == null
        && options.isEmpty();
  }

  /** The same value, whatever the scale a number was read with. */
  public boolean sameAs(FieldValue other) {
    boolean sameNumber =
        number == null
            ? other.number == null
            : other.number != null && number.compareTo(other.number) == 0;
    return sameNumber
        && java.util.Objects.equals(text, other.text)
        && java.util.Objects.equals(date, other.date)
        && java.util.Objects.equals(flag, other.flag)
        && java.util.Objects.equals(ref, other.ref)
        && new TreeSet<>(options).equals(new TreeSet<>(other.options));
  }
}
