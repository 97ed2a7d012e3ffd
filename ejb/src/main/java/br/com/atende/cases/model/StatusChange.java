package br.com.atende.cases.model;

import br.com.atende.organization.model.Agent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A row of a case's status history: who moved it from which state to which, when. Never updated.
 */
@Entity
@Table(name = "status_change")
public class StatusChange {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_change_seq")
  @SequenceGenerator(
      name = "status_change_seq",
      sequenceName = "status_change_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id", updatable = false)
  private Case supportCase;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", nullable = false, updatable = false, length = 30)
  private CaseStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false, length = 30)
  private CaseStatus toStatus;

  @ManyToOne(optional = false)
  @JoinColumn(name = "changed_by_id", updatable = false)
  private Agent changedBy;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private LocalDateTime changedAt;

  @Column(name = "scheduled_for", updatable = false)
  private LocalDateTime scheduledFor;

  protected StatusChange() {}

  StatusChange(
      Case supportCase,
      CaseStatus fromStatus,
      CaseStatus toStatus,
      Agent changedBy,
      LocalDateTime changedAt,
      LocalDateTime scheduledFor) {
    this.supportCase = Objects.requireNonNull(supportCase);
    this.fromStatus = Objects.requireNonNull(fromStatus);
    this.toStatus = Objects.requireNonNull(toStatus);
    this.changedBy = Objects.requireNonNull(changedBy);
    this.changedAt = Objects.requireNonNull(changedAt);
    this.scheduledFor = scheduledFor;
  }

  public CaseStatus getFromStatus() {
    return fromStatus;
  }

  public CaseStatus getToStatus() {
    return toStatus;
  }

  public Agent getChangedBy() {
    return changedBy;
  }

  public LocalDateTime getChangedAt() {
    return changedAt;
  }

  public LocalDateTime getScheduledFor() {
    return scheduledFor;
  }
}
