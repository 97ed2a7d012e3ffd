package br.com.atende.cases.model;

/**
 * The human-friendly number of a case, unique per company: the year it was opened and a counter of
 * that company's cases in that year, as in {@code 2026-000123}.
 */
public record CaseNumber(int year, int sequence) {

  public CaseNumber {
    if (year < 2000 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be positive: " + sequence);
    }
  }

  @Override
  public String toString() {
    return String.format("%04d-%06d", year, sequence);
  }
}
