package br.com.atende.catalog.model;

import br.com.atende.shared.Identified;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A classification within a case type. One with an access level sets the level of the cases
 * classified by it (SPEC C4).
 */
@Cacheable
@Entity
@Table(name = "classification")
public class Classification implements Serializable, Identified {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "classification_seq")
  @SequenceGenerator(
      name = "classification_seq",
      sequenceName = "classification_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_type_id", updatable = false)
  private CaseType caseType;

  @Column(nullable = false, length = 120)
  private String name;

  /** The access level this classification gives a case, or null to leave the level alone. */
  @Column(name = "access_level")
  private Integer accessLevel;

  @Column(nullable = false)
  private boolean active = true;

  protected Classification() {}

  public Classification(CaseType caseType, String name, Integer accessLevel) {
    this.caseType = Objects.requireNonNull(caseType);
    this.name = Objects.requireNonNull(name);
    if (accessLevel != null && accessLevel < 0) {
      throw new IllegalArgumentException("access level must not be negative");
    }
    this.accessLevel = accessLevel;
  }

  public boolean setsAccessLevel() {
    return accessLevel != null;
  }

  public Integer getAccessLevel() {
    return accessLevel;
  }

  public Long getId() {
    return id;
  }

  public CaseType getCaseType() {
    return caseType;
  }

  public String getName() {
    return name;
  }

  public boolean isActive() {
    return active;
  }
}
