package br.com.atende.timekeeping.model;

/** What a rate is charged for: each hour worked, or each call (entry) whatever its length. */
public enum RateBasis {
  HOURLY,
  PER_CALL
}
