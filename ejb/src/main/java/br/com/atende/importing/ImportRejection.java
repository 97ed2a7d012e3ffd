package br.com.atende.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One thing wrong with one refused row of an import: a line of its report. */
@Entity
@Table(name = "party_import_rejection")
public class ImportRejection {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_import_rejection_seq")
  @SequenceGenerator(
      name = "party_import_rejection_seq",
      sequenceName = "party_import_rejection_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "import_id", nullable = false)
  private long importId;

  @Column(name = "row_no", nullable = false)
  private long rowNumber;

  @Column(nullable = false, length = 30)
  private String field;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private RowProblem problem;

  protected ImportRejection() {}

  ImportRejection(long importId, long rowNumber, String field, RowProblem problem) {
    this.importId = importId;
    this.rowNumber = rowNumber;
    this.field = field;
    this.problem = problem;
  }
}
