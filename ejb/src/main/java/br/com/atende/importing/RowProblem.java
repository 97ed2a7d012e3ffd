package br.com.atende.importing;

/**
 * Why a row of an import was refused. The report states it in its reader's language: the message
 * key {@code import.problem.<NAME>} of the web bundle (pt-BR and English), beside the name itself,
 * which a program reading the report can rely on.
 */
public enum RowProblem {
  WRONG_FIELD_COUNT,
  UNREADABLE,
  MISSING_KIND,
  UNKNOWN_KIND,
  MISSING_NAME,
  TOO_LONG,
  MISSING_TAX_ID,
  INVALID_TAX_ID,
  INVALID_EMAIL,
  INVALID_PHONE,
  MISSING_CONTACT_NAME,
  MISSING_CONTACT_EMAIL,
  DUPLICATE_IN_FILE,
  MISSING_EXTERNAL_ID,
  DUPLICATE_EXTERNAL_ID,
  MISSING_SUBJECT,
  MISSING_REQUEST,
  MISSING_DEPARTMENT,
  UNKNOWN_DEPARTMENT,
  AMBIGUOUS_DEPARTMENT,
  INVALID_DATE,
  UNKNOWN_PARTY,
  SUPPLIER_NOT_ALLOWED;

  /** The message key of the reason, in the report's words. */
  public String reasonKey() {
    return "import.problem." + name();
  }
}
