package br.com.atende.importing;

import java.io.Serializable;

/**
 * The case a row of an import file carries, as typed (blank fields as null): its id in the system
 * it comes from, subject, request, the department (by name, and the company by code where two
 * companies have a department of that name) and when it was opened.
 */
public record CaseColumns(
    String externalId,
    String subject,
    String request,
    String department,
    String company,
    String openedAt)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The row's case, or null when it fills none of the case columns. */
  static CaseColumns of(
      String externalId,
      String subject,
      String request,
      String department,
      String company,
      String openedAt) {
    if (externalId == null
        && subject == null
        && request == null
        && department == null
        && company == null
        && openedAt == null) {
      return null;
    }
    return new CaseColumns(externalId, subject, request, department, company, openedAt);
  }
}
