package br.com.atende.party.application;

/**
 * What the term typed in the party lookup is (SPEC C1); the party kind filter combines with any.
 */
public enum LookupBy {
  /** The start of the name, or a CPF/CNPJ (complete and valid, or its first digits). */
  NAME_OR_TAX_ID,
  /** A phone of the party or of one of its contacts, in any usual format. */
  PHONE,
  /** The number of a case of the party that the agent may see. */
  CASE_NUMBER
}
