package br.com.atende.cases.application;

/** Which text of a case a similar-subject search looks in. */
public enum SearchScope {
  SUBJECT,
  REQUEST,
  DISCUSSION,
  SOLUTION,
  ALL
}
