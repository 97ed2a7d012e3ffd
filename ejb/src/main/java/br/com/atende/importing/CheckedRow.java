package br.com.atende.importing;

import br.com.atende.mail.application.EmailAddresses;
import br.com.atende.party.model.PartyKind;
import br.com.atende.party.model.Phone;
import br.com.atende.party.model.TaxId;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A row after the party area's rules: either a party (with a contact when the row names one, and a
 * case when it carries one) ready to be added, or the list of what is wrong with it, field by
 * field. Pure, so unit-tested.
 */
public record CheckedRow(
    long number,
    PartyKind kind,
    String name,
    String taxId,
    String phone,
    String email,
    String contactName,
    String contactEmail,
    String contactPhone,
    CheckedCase caseToOpen,
    List<Problem> problems)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One thing wrong with a row: the column and why. */
  public record Problem(String field, RowProblem problem) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  public boolean isRefused() {
    return !problems.isEmpty();
  }

  /**
   * Whether the row names the party (kind and name) rather than only refer, by tax id, to one that
   * exists already: a row with a case may do either.
   */
  public boolean namesParty() {
    return kind != null;
  }

  public boolean hasCase() {
    return caseToOpen != null;
  }

  public boolean hasContact() {
    return contactEmail != null;
  }

  /** Applies the rules of the party area to a row as read. */
  public static CheckedRow of(ImportRow row) {
    return of(row, LocalDateTime.now());
  }

  /**
   * The same, a case opened at no given time being opened {@code now}. A row with a case but no
   * kind and no name refers to a party by its tax id alone.
   */
  public static CheckedRow of(ImportRow row, LocalDateTime now) {
    List<Problem> problems = new ArrayList<>();
    if (row.readProblem() != null) {
      problems.add(new Problem(fieldOf(row.readProblem()), row.readProblem()));
      return refused(row.number(), problems);
    }
    boolean refersToParty = row.hasCase() && row.kind() == null && row.name() == null;
    PartyKind kind = refersToParty ? null : kind(row.kind(), problems);
    if (!refersToParty) {
      require(row.name(), "name", RowProblem.MISSING_NAME, 200, problems);
    }
    String taxId = null;
    if (row.taxId() == null) {
      problems.add(new Problem("tax_id", RowProblem.MISSING_TAX_ID));
    } else {
      taxId = TaxId.parse(row.taxId()).map(TaxId::value).orElse(null);
      if (taxId == null) {
        problems.add(new Problem("tax_id", RowProblem.INVALID_TAX_ID));
      }
    }
    String email = email(row.email(), "email", problems);
    phone(row.phone(), "phone", problems);
    String contactEmail = email(row.contactEmail(), "contact_email", problems);
    if (row.contactEmail() != null) {
      require(row.contactName(), "contact_name", RowProblem.MISSING_CONTACT_NAME, 120, problems);
    } else if (row.contactName() != null) {
      problems.add(new Problem("contact_email", RowProblem.MISSING_CONTACT_EMAIL));
    }
    phone(row.contactPhone(), "contact_phone", problems);
    CheckedCase caseToOpen =
        row.hasCase() ? CheckedCase.of(row.caseColumns(), now, problems) : null;
    if (!problems.isEmpty()) {
      return refused(row.number(), problems);
    }
    return new CheckedRow(
        row.number(),
        kind,
        row.name(),
        taxId,
        row.phone(),
        email,
        row.contactName(),
        contactEmail,
        row.contactPhone(),
        caseToOpen,
        List.of());
  }

  private static CheckedRow refused(long number, List<Problem> problems) {
    return new CheckedRow(
        number, null, null, null, null, null, null, null, null, null, List.copyOf(problems));
  }

  private static String fieldOf(RowProblem problem) {
    return switch (problem) {
      case DUPLICATE_IN_FILE -> "tax_id";
      case DUPLICATE_EXTERNAL_ID -> "case_external_id";
      default -> "";
    };
  }

  private static PartyKind kind(String typed, List<Problem> problems) {
    if (typed == null) {
      problems.add(new Problem("kind", RowProblem.MISSING_KIND));
      return null;
    }
    try {
      return PartyKind.valueOf(typed.toUpperCase(Locale.ROOT).replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      problems.add(new Problem("kind", RowProblem.UNKNOWN_KIND));
      return null;
    }
  }

  private static void require(
      String value, String field, RowProblem missing, int maxLength, List<Problem> problems) {
    if (value == null) {
      problems.add(new Problem(field, missing));
    } else if (value.length() > maxLength) {
      problems.add(new Problem(field, RowProblem.TOO_LONG));
    }
  }

  private static String email(String typed, String field, List<Problem> problems) {
    if (typed == null) {
      return null;
    }
    Optional<String> valid = typed.length() > 254 ? Optional.empty() : EmailAddresses.valid(typed);
    if (valid.isEmpty()) {
      problems.add(new Problem(field, RowProblem.INVALID_EMAIL));
      return null;
    }
    return valid.get();
  }

  /**
   * A phone needs a national number (8 to 11 digits once the country code and trunk zero are gone,
   * as {@link Phone#digits} compares them) and fits the column.
   */
  private static void phone(String typed, String field, List<Problem> problems) {
    if (typed == null) {
      return;
    }
    String digits = Phone.digits(typed);
    if (typed.length() > 40 || digits == null || digits.length() < 8 || digits.length() > 11) {
      problems.add(new Problem(field, RowProblem.INVALID_PHONE));
    }
  }
}
