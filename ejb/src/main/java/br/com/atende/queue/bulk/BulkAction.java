package br.com.atende.queue.bulk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One bulk action: what it does, who started it (whose rules the job applies) and its job
 * execution. Its cases and their outcomes are rows of {@code bulk_action_case}, written by native
 * SQL a case at a time.
 */
@Entity
@Table(name = "bulk_action")
public class BulkAction {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bulk_action_seq")
  @SequenceGenerator(
      name = "bulk_action_seq",
      sequenceName = "bulk_action_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private BulkActionKind kind;

  @Column(name = "started_by_id", nullable = false)
  private long startedById;

  @Column(name = "started_at", nullable = false)
  private LocalDateTime startedAt;

  @Column(name = "body", length = 4000)
  private String body;

  @Column(name = "target_department_id")
  private Long targetDepartmentId;

  @Column(name = "target_agent_id")
  private Long targetAgentId;

  @Column(name = "reason", length = 4000)
  private String reason;

  @Column(name = "total_cases", nullable = false)
  private int totalCases;

  @Column(name = "job_execution_id")
  private Long jobExecutionId;

  protected BulkAction() {}

  BulkAction(StartBulkActionCommand command, long startedById, int totalCases, LocalDateTime at) {
    this.kind = Objects.requireNonNull(command.kind());
    this.startedById = startedById;
    this.startedAt = Objects.requireNonNull(at);
    this.totalCases = totalCases;
    if (kind == BulkActionKind.UNDERSTANDING) {
      this.body = command.text().strip();
    } else {
      this.targetDepartmentId = command.targetDepartmentId();
      this.targetAgentId = command.targetAgentId();
      this.reason =
          command.reason() == null || command.reason().isBlank() ? null : command.reason().strip();
    }
  }

  public Long getId() {
    return id;
  }

  public BulkActionKind getKind() {
    return kind;
  }

  public long getStartedById() {
    return startedById;
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  public String getBody() {
    return body;
  }

  public Long getTargetDepartmentId() {
    return targetDepartmentId;
  }

  public Long getTargetAgentId() {
    return targetAgentId;
  }

  public String getReason() {
    return reason;
  }

  public int getTotalCases() {
    return totalCases;
  }

  public Long getJobExecutionId() {
    return jobExecutionId;
  }
}
