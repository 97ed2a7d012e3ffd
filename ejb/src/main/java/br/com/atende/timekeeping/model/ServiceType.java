package br.com.atende.timekeeping.model;

/**
 * Under what an entry's work is charged: the party's contract, or a standalone service (avulso).
 */
public enum ServiceType {
  CONTRACT,
  STANDALONE
}
