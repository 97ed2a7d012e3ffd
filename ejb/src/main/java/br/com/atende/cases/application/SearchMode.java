package br.com.atende.cases.application;

/** How the words of a similar-subject search must match (SPEC C10). */
public enum SearchMode {
  /** The words, in this order, next to each other. */
  EXACT_PHRASE,
  /** At least one of the words. */
  ANY_WORD
}
