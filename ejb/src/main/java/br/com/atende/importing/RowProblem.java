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
  DUPLICATE_IN_FILE("duplicate in the file: same CPF/CNPJ and contact email as an earlier row"),
  MISSING_EXTERNAL_ID("the case has no external id"),
  DUPLICATE_EXTERNAL_ID("duplicate in the file: same case external id as an earlier row"),
  MISSING_SUBJECT("the case's subject is missing"),
  MISSING_REQUEST("the case's request is missing"),
  MISSING_DEPARTMENT("the case's department is missing"),
  UNKNOWN_DEPARTMENT("unknown department (or unknown company)"),
  AMBIGUOUS_DEPARTMENT("more than one company has a department of that name: name the company"),
  INVALID_DATE("invalid date (yyyy-mm-dd or dd/mm/yyyy with an optional time; not in the future)"),
  UNKNOWN_PARTY("no party has this CPF/CNPJ in Atende or in an earlier row"),
  SUPPLIER_NOT_ALLOWED("cases are not allowed for suppliers (system setting)");

  private final String reason;

  RowProblem(String reason) {
    this.reason = reason;
  }

  /** The reason in the report's words. */
  public String reason() {
    return reason;
  }
}
