package br.com.atende.party.model;

/** The five kinds of party a case can be opened for (SPEC §1). */
public enum PartyKind {
  CUSTOMER_SUPPLIER,
  PROSPECT_SUSPECT,
  PERSON,
  STUDENT,
  TEACHER
}
