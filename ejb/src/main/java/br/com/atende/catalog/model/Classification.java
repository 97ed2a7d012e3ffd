package br.com.atende.catalog.model;

import br.com.atende.shared.CatalogueEntry;
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
import java.util.Objects;

/**
 * A classification within a case type. One with an access level sets the level of the cases
 * classified by it (SPEC C4).
 */
@Cacheable
@Entity
@Table(name = "classification")
public class Classification extends CatalogueEntry {

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

  /** The access level this classification gives a case, or null to leave the level alone. */
  @Column(name = "access_level")
  private Integer accessLevel;

  protected Classification() {}

  public Classification(CaseType caseType, String name, Integer accessLevel) {
    super(name);
    this.caseType = Objects.requireNonNull(caseType);
    changeAccessLevel(accessLevel);
  }

  /** Sets (or, with null, stops setting) the level of cases classified from now on. */
  public void changeAccessLevel(Integer accessLevel) {
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
}
