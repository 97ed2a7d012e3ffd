package br.com.atende.cases.model;

import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.AgentGroup;
import br.com.atende.organization.model.Department;
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
 * One row of a case's forwarding history (histórico de repasses): who had it, who has it now (an
 * agent or a group), who did it, why and when. Append-only. The workflow step is for a later issue.
 */
@Entity
@Table(name = "forwarding")
public class Forwarding {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forwarding_seq")
  @SequenceGenerator(name = "forwarding_seq", sequenceName = "forwarding_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id", updatable = false)
  private Case supportCase;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private ForwardingKind kind;

  @ManyToOne
  @JoinColumn(name = "from_agent_id", updatable = false)
  private Agent fromAgent;

  @ManyToOne
  @JoinColumn(name = "to_agent_id", updatable = false)
  private Agent toAgent;

  @ManyToOne
  @JoinColumn(name = "to_group_id", updatable = false)
  private AgentGroup toGroup;

  @ManyToOne
  @JoinColumn(name = "from_department_id", updatable = false)
  private Department fromDepartment;

  @ManyToOne
  @JoinColumn(name = "to_department_id", updatable = false)
  private Department toDepartment;

  @ManyToOne(optional = false)
  @JoinColumn(name = "by_agent_id", updatable = false)
  private Agent by;

  @Column(updatable = false, length = 4000)
  private String reason;

  @Column(name = "step_id", updatable = false)
  private Long stepId;

  @Column(name = "forwarded_at", nullable = false, updatable = false)
  private LocalDateTime forwardedAt;

  protected Forwarding() {}

  Forwarding(
      Case supportCase,
      ForwardingKind kind,
      Agent fromAgent,
      Agent toAgent,
      AgentGroup toGroup,
      Department fromDepartment,
      Department toDepartment,
      Agent by,
      String reason,
      LocalDateTime forwardedAt) {
    this.supportCase = Objects.requireNonNull(supportCase);
    this.kind = Objects.requireNonNull(kind);
    this.fromAgent = fromAgent;
    this.toAgent = toAgent;
    this.toGroup = toGroup;
    this.fromDepartment = fromDepartment;
    this.toDepartment = toDepartment;
    this.by = Objects.requireNonNull(by);
    this.reason = reason;
    this.forwardedAt = Objects.requireNonNull(forwardedAt);
  }

  /** Marks the hand-over as the one into a workflow step, before it is saved. */
  Forwarding inStep(long workflowStepId) {
    this.stepId = workflowStepId;
    return this;
  }

  public Long getId() {
    return id;
  }

  public Case getSupportCase() {
    return supportCase;
  }

  public ForwardingKind getKind() {
    return kind;
  }

  public Agent getFromAgent() {
    return fromAgent;
  }

  public Agent getToAgent() {
    return toAgent;
  }

  public AgentGroup getToGroup() {
    return toGroup;
  }

  public Department getToDepartment() {
    return toDepartment;
  }

  public Agent getBy() {
    return by;
  }

  public String getReason() {
    return reason;
  }

  public Long getStepId() {
    return stepId;
  }

  public LocalDateTime getForwardedAt() {
    return forwardedAt;
  }
}
