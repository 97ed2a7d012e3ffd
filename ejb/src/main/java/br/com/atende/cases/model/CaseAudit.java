package br.com.atende.cases.model;

import br.com.atende.organization.model.Agent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * One change of one field of a case: who, when, from what, to what. Never updated by the
 * application: its place in the hash chain and its hash ({@code chain_seq}, {@code row_hash}, not
 * mapped here) are written once by {@code cases.audit.AuditSeal} after it commits.
 */
@Entity
@Table(name = "case_audit")
public class CaseAudit {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_audit_seq")
  @SequenceGenerator(name = "case_audit_seq", sequenceName = "case_audit_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id", updatable = false)
  private Case supportCase;

  @Column(name = "field_name", nullable = false, updatable = false, length = 40)
  private String fieldName;

  @Column(name = "old_value", updatable = false)
  private String oldValue;

  @Column(name = "new_value", updatable = false)
  private String newValue;

  @ManyToOne
  @JoinColumn(name = "changed_by_id", updatable = false)
  private Agent changedBy;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private LocalDateTime changedAt;

  protected CaseAudit() {}

  CaseAudit(
      Case supportCase,
      String fieldName,
      Object oldValue,
      Object newValue,
      Agent changedBy,
      LocalDateTime changedAt) {
    this.supportCase = Objects.requireNonNull(supportCase);
    this.fieldName = Objects.requireNonNull(fieldName);
    this.oldValue = oldValue == null ? null : oldValue.toString();
    this.newValue = newValue == null ? null : newValue.toString();
    // Null for the system's own changes (the overdue sweep): no agent made them.
    this.changedBy = changedBy;
    this.changedAt = Objects.requireNonNull(changedAt);
  }

  /**
   * A change of a record that belongs to the case but is not one of its fields (a time entry), so
   * that the case's audit trail tells it with the rest.
   */
  public static CaseAudit ofRecord(
      Case supportCase, String fieldName, Object from, Object to, Agent by, LocalDateTime at) {
    return new CaseAudit(supportCase, fieldName, from, to, by, at);
  }

  public String getFieldName() {
    return fieldName;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }
}
