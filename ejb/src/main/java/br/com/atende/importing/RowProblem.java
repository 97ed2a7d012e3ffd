package br.com.atende.importing;

/** Why a row of an import was refused, as the report states it. */
public enum RowProblem {
  WRONG_FIELD_COUNT("the row has not as many fields as the header"),
  UNREADABLE("the file cannot be read from here on (a quote is never closed)"),
  MISSING_KIND("the kind is missing"),
  UNKNOWN_KIND("unknown kind"),
  MISSING_NAME("the name is missing"),
  TOO_LONG("too long"),
  MISSING_TAX_ID("the CPF/CNPJ is missing"),
  INVALID_TAX_ID("invalid CPF/CNPJ"),
  INVALID_EMAIL("invalid email address"),
  INVALID_PHONE("invalid phone"),
  MISSING_CONTACT_NAME("the contact has an email but no name"),
  MISSING_CONTACT_EMAIL("the contact has a name but no email"),
  DUPLICATE_IN_FILE("duplicate in the file: same CPF/CNPJ and contact email as an earlier row");

  private final String reason;

  RowProblem(String reason) {
    this.reason = reason;
  }

  /** The reason in the report's words. */
  public String reason() {
    return reason;
  }
}
