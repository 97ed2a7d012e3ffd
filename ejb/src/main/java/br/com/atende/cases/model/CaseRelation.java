package br.com.atende.cases.model;

import br.com.atende.organization.model.Agent;
import br.com.atende.shared.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One direction of a relation between two cases ("atendimentos relacionados", SPEC C5). A relation
 * is symmetric and is always written as both directions, so each case lists it by its own id.
 */
@Entity
@Table(name = "case_relation")
@IdClass(CaseRelation.Key.class)
public class CaseRelation {

  @Id
  @Column(name = "case_id", updatable = false)
  private Long caseId;

  @Id
  @Column(name = "related_case_id", updatable = false)
  private Long relatedCaseId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "related_by_id", updatable = false)
  private Agent relatedBy;

  @Column(name = "related_at", nullable = false, updatable = false)
  private LocalDateTime relatedAt;

  protected CaseRelation() {}

  private CaseRelation(long caseId, long relatedCaseId, Agent by, LocalDateTime at) {
    this.caseId = caseId;
    this.relatedCaseId = relatedCaseId;
    this.relatedBy = Objects.requireNonNull(by);
    this.relatedAt = Objects.requireNonNull(at);
  }

  /** Both directions of the relation between two different cases. */
  public static List<CaseRelation> between(Case one, Case other, Agent by, LocalDateTime at) {
    if (one.getId().equals(other.getId())) {
      throw new BusinessException("error.relation.self", "otherNumber");
    }
    return List.of(
        new CaseRelation(one.getId(), other.getId(), by, at),
        new CaseRelation(other.getId(), one.getId(), by, at));
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getRelatedCaseId() {
    return relatedCaseId;
  }

  /** The composite key: which case, related to which. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long caseId;
    private Long relatedCaseId;

    public Key() {}

    public Key(long caseId, long relatedCaseId) {
      this.caseId = caseId;
      this.relatedCaseId = relatedCaseId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(caseId, key.caseId)
          && Objects.equals(relatedCaseId, key.relatedCaseId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(caseId, relatedCaseId);
    }
  }
}
