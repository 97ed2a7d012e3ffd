package br.com.atende.cases.model;

/**
 * Who brought the case (SPEC §1): the client, a sales representative, or someone inside the
 * company.
 */
public enum ContactOrigin {
  CLIENT,
  REPRESENTATIVE,
  INTERNAL
}
