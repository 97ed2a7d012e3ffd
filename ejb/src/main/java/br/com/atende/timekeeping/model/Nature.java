package br.com.atende.timekeeping.model;

/** Where the work was done; only EXTERNAL work (at the client's) has travel. */
public enum Nature {
  EXTERNAL,
  INTERNAL,
  REMOTE
}
