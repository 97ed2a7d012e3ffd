package br.com.atende.party.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A Brazilian tax id: a person's CPF (11 digits) or a company's CNPJ (14 characters), each ending
 * in two check digits. Since July 2026 a CNPJ's first twelve characters may be letters too (the
 * alphanumeric CNPJ of Receita Federal's IN 2.229/2024); its check digits are computed the same
 * way, each character counting as its ASCII code minus 48, so the numeric CNPJ is the special case
 * of digits only.
 */
public record TaxId(Kind kind, String value) {

  public enum Kind {
    CPF,
    CNPJ
  }

  private static final int[] CNPJ_WEIGHTS = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

  /**
   * Parses what a user typed, with or without punctuation (dots, dashes, slash, spaces),
   * upper-casing letters; empty when it is neither a CPF nor a CNPJ with valid check digits.
   */
  public static Optional<TaxId> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String value = normalize(typed);
    if (value.matches("\\d{11}") && isValidCpf(value)) {
      return Optional.of(new TaxId(Kind.CPF, value));
    }
    if (value.matches("[0-9A-Z]{12}\\d{2}") && isValidCnpj(value)) {
      return Optional.of(new TaxId(Kind.CNPJ, value));
    }
    return Optional.empty();
  }

  /**
   * Whether the text looks like an attempt at a tax id (digits and punctuation, or a CNPJ-shaped
   * code).
   */
  public static boolean looksLikeOne(String typed) {
    if (typed == null) {
      return false;
    }
    String value = normalize(typed);
    return value.matches("\\d{3,14}")
        || value.matches("[0-9A-Z]{12}\\d{2}") && value.matches(".*\\d.*");
  }

  /** What was typed without punctuation (dots, dashes, slash, spaces), letters upper-cased. */
  public static String normalize(String typed) {
    return typed.replaceAll("[.\\-/\\s]", "").toUpperCase(Locale.ROOT);
  }

  private static boolean isValidCpf(String digits) {
    if (digits.chars().distinct().count() == 1) {
      return false; // 000.000.000-00, 111.111.111-11 ... pass the arithmetic but are not CPFs
    }
    return checkDigit(digits, 9, 10) == digits.charAt(9) - '0'
        && checkDigit(digits, 10, 11) == digits.charAt(10) - '0';
  }

  /**
   * CPF check digit over the first {@code length} digits, weights descending from {@code
   * firstWeight}.
   */
  private static int checkDigit(String digits, int length, int firstWeight) {
    int sum = 0;
    for (int i = 0; i < length; i++) {
      sum += (digits.charAt(i) - '0') * (firstWeight - i);
    }
    int remainder = (sum * 10) % 11;
    return remainder == 10 ? 0 : remainder;
  }

  private static boolean isValidCnpj(String value) {
    if (value.chars().distinct().count() == 1) {
      return false;
    }
    return cnpjCheckDigit(value, 12) == value.charAt(12) - '0'
        && cnpjCheckDigit(value, 13) == value.charAt(13) - '0';
  }

  /**
   * CNPJ check digit over the first {@code length} characters (12 for the first digit, 13 for the
   * second).
   */
  private static int cnpjCheckDigit(String value, int length) {
    int sum = 0;
    int offset = CNPJ_WEIGHTS.length - length;
    for (int i = 0; i < length; i++) {
      sum += (value.charAt(i) - '0') * CNPJ_WEIGHTS[offset + i];
    }
    int remainder = sum % 11;
    return remainder < 2 ? 0 : 11 - remainder;
  }

  /** The id formatted as people write it: 529.982.247-25 or 11.222.333/0001-81. */
  public String formatted() {
    return kind == Kind.CPF
        ? value.replaceFirst("(.{3})(.{3})(.{3})(.{2})", "$1.$2.$3-$4")
        : value.replaceFirst("(.{2})(.{3})(.{3})(.{4})(.{2})", "$1.$2.$3/$4-$5");
  }
}
