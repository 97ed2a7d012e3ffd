package br.com.atende.administration.application;

/** What removing a record did: deleted it, or deactivated it because something refers to it. */
public enum Removal {
  DELETED,
  DEACTIVATED
}
