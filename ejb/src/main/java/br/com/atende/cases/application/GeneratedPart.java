package br.com.atende.cases.application;

/**
 * What "generate a case from another" may copy besides the client and the case type, which it
 * always copies (SPEC C5).
 */
public enum GeneratedPart {
  /** The client's contact. */
  CONTACT,
  /** The representative and its contact. */
  REPRESENTATIVE,
  /** Classification, general category, product and module. */
  CATALOG,
  /** The request text. */
  REQUEST
}
