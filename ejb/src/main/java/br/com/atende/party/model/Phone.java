package br.com.atende.party.model;

/**
 * Phone numbers as the lookup compares them: the digits of the national number, so that "(31)
 * 3333-1000", "+55 31 3333-1000" and "031 33331000" are the same phone. The migration that filled
 * the column for older rows applies the same rule in SQL.
 */
public final class Phone {

  private Phone() {}

  /** The comparable digits of a phone as typed, or null when it has none. */
  public static String digits(String typed) {
    if (typed == null) {
      return null;
    }
    String digits = typed.replaceAll("[^0-9]", "");
    if (digits.matches("55[0-9]{10,11}")) {
      digits = digits.substring(2);
    } else if (digits.startsWith("0")) {
      digits = digits.substring(1);
    }
    return digits.isEmpty() ? null : digits;
  }
}
