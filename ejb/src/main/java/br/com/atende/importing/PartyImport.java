package br.com.atende.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One import of a file of parties, contacts and cases: who started it, its job execution, and how
 * far it got. {@code position} (the row number of the last row handled; the header is row 1) moves
 * in each chunk's transaction together with the parties, contacts, cases and refused rows of that
 * chunk, so a restarted job goes on exactly after them. The file itself is kept beside it
 * (party_import_file), read only by the job.
 */
@Entity
@Table(name = "party_import")
public class PartyImport {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_import_seq")
  @SequenceGenerator(
      name = "party_import_seq",
      sequenceName = "party_import_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "started_by_id", nullable = false)
  private long startedById;

  @Column(name = "started_at", nullable = false)
  private LocalDateTime startedAt;

  @Column(name = "job_execution_id")
  private Long jobExecutionId;

  @Column(name = "total_rows", nullable = false)
  private long totalRows;

  @Column(name = "last_row", nullable = false)
  private long position = 1;

  @Column(name = "parties_added", nullable = false)
  private long partiesAdded;

  @Column(name = "contacts_added", nullable = false)
  private long contactsAdded;

  @Column(name = "cases_added", nullable = false)
  private long casesAdded;

  @Column(name = "rows_refused", nullable = false)
  private long rowsRefused;

  /**
   * The server instance running its job ({@code ServerInstances}), so that the job is resumed when
   * that instance is gone; none once it ended.
   */
  @Column(name = "run_by", length = 300)
  private String runBy;

  @Column(name = "finished_at")
  private LocalDateTime finishedAt;

  @Version private long version;

  protected PartyImport() {}

  public PartyImport(String fileName, long startedById, long totalRows, LocalDateTime at) {
    this.fileName = Objects.requireNonNull(fileName);
    this.startedById = startedById;
    this.totalRows = totalRows;
    this.startedAt = Objects.requireNonNull(at);
  }

  /** What one chunk did, up to and including row {@code lastRow}. */
  void advancedTo(long lastRow, long parties, long contacts, long cases, long refused) {
    this.position = Math.max(position, lastRow);
    this.partiesAdded += parties;
    this.contactsAdded += contacts;
    this.casesAdded += cases;
    this.rowsRefused += refused;
  }

  void finished(LocalDateTime at) {
    this.finishedAt = at;
    this.runBy = null;
  }

  public Long getId() {
    return id;
  }

  public String getFileName() {
    return fileName;
  }

  public long getStartedById() {
    return startedById;
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  public Long getJobExecutionId() {
    return jobExecutionId;
  }

  public long getTotalRows() {
    return totalRows;
  }

  public long getPosition() {
    return position;
  }

  public long getPartiesAdded() {
    return partiesAdded;
  }

  public long getContactsAdded() {
    return contactsAdded;
  }

  public long getCasesAdded() {
    return casesAdded;
  }

  public long getRowsRefused() {
    return rowsRefused;
  }

  public LocalDateTime getFinishedAt() {
    return finishedAt;
  }
}
