package br.com.atende.timekeeping.model;

/** Whether a desk takes time entries, and whether they are valued (seed 000). */
public enum EntryMode {
  OFF,
  WITHOUT_VALUATION,
  WITH_VALUATION;

  public boolean takesEntries() {
    return this != OFF;
  }
}
