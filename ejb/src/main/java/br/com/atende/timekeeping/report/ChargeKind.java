package br.com.atende.timekeeping.report;

/** What a report line's entries were charged under. */
public enum ChargeKind {
  CONTRACT,
  STANDALONE,
  /** Entries of a desk that does not value them. */
  NONE
}
