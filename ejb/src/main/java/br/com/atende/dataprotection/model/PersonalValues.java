package br.com.atende.dataprotection.model;

import br.com.atende.shared.RichText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The values that name a party (its names, tax id, emails, phones, as stored and as people write
 * them), and what free text mentioning them becomes: each occurrence replaced by {@link #MARKER}.
 * Longest first, so "Maria da Silva" goes whole before "Maria" could cut it; values shorter than
 * {@link #SHORTEST} letters are not looked for in free text (a two-letter name would rewrite every
 * word containing it), though the party's own fields are cleared whatever their length.
 */
public final class PersonalValues {

  /** What replaces a personal value; the PostgreSQL trigger of the audit trail knows it (V77). */
  public static final String MARKER = "[anonimizado]";

  static final int SHORTEST = 3;

  private static final Locale BRAZIL = Locale.forLanguageTag("pt-BR");

  private final List<String> values;

  private PersonalValues(List<String> values) {
    this.values = values;
  }

  /** Collects the values worth looking for, with upper- and lower-case variants of names. */
  public static PersonalValues of(
      List<String> names, List<String> emails, List<String> phones, List<String> taxIds) {
    Set<String> found = new LinkedHashSet<>();
    for (String name : names) {
      add(found, name);
      if (name != null) {
        add(found, name.toUpperCase(BRAZIL));
        add(found, name.toLowerCase(BRAZIL));
        // As the FAQ's search text stores it: lower case, no accents.
        add(
            found,
            Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(BRAZIL));
      }
    }
    for (String email : emails) {
      add(found, email);
      if (email != null) {
        add(found, email.toLowerCase(Locale.ROOT));
      }
    }
    phones.forEach(phone -> add(found, phone));
    taxIds.forEach(taxId -> add(found, taxId));
    List<String> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    return new PersonalValues(List.copyOf(sorted));
  }

  /**
   * The value, and as rich text and HTML emails store it: the sanitizer writes "@" as "&#64;", the
   * escapers "&" as "&amp;", so a plain search would miss it there.
   */
  private static void add(Set<String> found, String value) {
    if (value != null && value.strip().length() >= SHORTEST) {
      String plain = value.strip();
      found.add(plain);
      found.add(RichText.escape(plain));
      found.add(RichText.sanitize(plain));
    }
  }

  /** The value in the forms it takes stored as rich text or in an HTML email, itself included. */
  public static Set<String> storedForms(String value) {
    Set<String> forms = new LinkedHashSet<>();
    add(forms, value);
    return forms;
  }

  /** The values, longest first: the order in which they are replaced. */
  public List<String> values() {
    return values;
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The text with every occurrence of every value replaced by the marker. */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String redacted = text;
    for (String value : values) {
      redacted = redacted.replace(value, MARKER);
    }
    return redacted;
  }

  /**
   * {@code LIKE} patterns finding each value anywhere in a text, {@code \} escaping the wildcards a
   * value may hold (an email's underscore).
   */
  public List<String> likePatterns() {
    return values.stream()
        .map(v -> "%" + v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        .toList();
  }
}
