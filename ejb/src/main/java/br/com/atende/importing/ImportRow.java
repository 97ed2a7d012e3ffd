package br.com.atende.importing;

import java.io.Serializable;

/**
 * One record of an import file as read: its row number (the header is row 1), its fields by column
 * (blank fields as null), and what the reader alone can tell: that its fields do not match the
 * header, that the file cannot be read from here on, or that an earlier row had the same key. A row
 * may carry a case ({@link CaseColumns}) as well as, or instead of, a party.
 */
public record ImportRow(
    long number,
    String kind,
    String name,
    String taxId,
    String phone,
    String email,
    String contactName,
    String contactEmail,
    String contactPhone,
    CaseColumns caseColumns,
    RowProblem readProblem)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  static ImportRow refused(long number, RowProblem problem) {
    return new ImportRow(number, null, null, null, null, null, null, null, null, null, problem);
  }

  /** Whether the row carries a case. */
  public boolean hasCase() {
    return caseColumns != null;
  }

  ImportRow duplicate() {
    return new ImportRow(
        number,
        kind,
        name,
        taxId,
        phone,
        email,
        contactName,
        contactEmail,
        contactPhone,
        caseColumns,
        hasCase() ? RowProblem.DUPLICATE_EXTERNAL_ID : RowProblem.DUPLICATE_IN_FILE);
  }
}
