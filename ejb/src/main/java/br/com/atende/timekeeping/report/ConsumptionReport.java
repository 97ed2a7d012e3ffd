package br.com.atende.timekeeping.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One monthly consumption report asked for: the company, the month, the job execution producing it
 * and how far it got. The position of the last entry summed (its start and id, the reader's keyset)
 * is written in the chunk transaction that adds that entry to the lines, so the lines and the
 * position never disagree, whatever happens to the job between chunks.
 */
@Entity
@Table(name = "consumption_report")
public class ConsumptionReport {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consumption_report_seq")
  @SequenceGenerator(
      name = "consumption_report_seq",
      sequenceName = "consumption_report_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "company_id", nullable = false, updatable = false)
  private Long companyId;

  @Column(name = "period_start", nullable = false, updatable = false)
  private LocalDate periodStart;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private Long requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private LocalDateTime requestedAt;

  @Column(name = "job_execution_id")
  private Long jobExecutionId;

  @Column(nullable = false)
  private int estimated;

  @Column(name = "entries_read", nullable = false)
  private int entriesRead;

  @Column(name = "last_start_at")
  private LocalDateTime lastStartAt;

  @Column(name = "last_entry_id")
  private Long lastEntryId;

  /**
   * The server instance running its job ({@code ServerInstances}), so that the job is resumed when
   * that instance is gone; none once it ended.
   */
  @Column(name = "run_by", length = 300)
  private String runBy;

  @Column(name = "finished_at")
  private LocalDateTime finishedAt;

  @Version private long version;

  protected ConsumptionReport() {}

  public ConsumptionReport(
      long companyId, YearMonth month, long requestedBy, int estimated, LocalDateTime now) {
    this.companyId = companyId;
    this.periodStart = month.atDay(1);
    this.requestedBy = requestedBy;
    this.estimated = estimated;
    this.requestedAt = Objects.requireNonNull(now);
  }

  /** Records that the entries up to {@code position} are in the lines. */
  public void advancedTo(EntryPosition position, int entries) {
    this.lastStartAt = position.startAt();
    this.lastEntryId = position.entryId();
    this.entriesRead += entries;
  }

  /** Where the reader resumes: after the last entry summed, or at the start of the month. */
  public EntryPosition position() {
    return lastEntryId == null
        ? EntryPosition.before(periodStart.atStartOfDay())
        : new EntryPosition(lastStartAt, lastEntryId);
  }

  public void finished(LocalDateTime now) {
    this.finishedAt = now;
    this.runBy = null;
  }

  public YearMonth month() {
    return YearMonth.from(periodStart);
  }

  public Long getId() {
    return id;
  }

  public Long getCompanyId() {
    return companyId;
  }

  public Long getRequestedBy() {
    return requestedBy;
  }

  public String getRunBy() {
    return runBy;
  }

  public Long getJobExecutionId() {
    return jobExecutionId;
  }

  public int getEstimated() {
    return estimated;
  }

  public int getEntriesRead() {
    return entriesRead;
  }

  public LocalDateTime getFinishedAt() {
    return finishedAt;
  }
}
