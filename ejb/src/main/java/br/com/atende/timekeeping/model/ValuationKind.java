package br.com.atende.timekeeping.model;

/**
 * How an entry is valued: from the rate of its contract or service; as warranty (0.00, the value it
 * would have had counted as a loss); or a value the agent types, with the reason for it.
 */
public enum ValuationKind {
  RATED,
  WARRANTY,
  MANUAL
}
