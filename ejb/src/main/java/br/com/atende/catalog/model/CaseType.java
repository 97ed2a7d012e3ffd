package br.com.atende.catalog.model;

import br.com.atende.organization.model.Company;
import br.com.atende.shared.CatalogueEntry;
import jakarta.persistence.Cacheable;
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
 * A case type (tipo de atendimento) of one company: drives classifications, custom fields and,
 * later, the workflow.
 */
@Cacheable
@Entity
@Table(name = "case_type")
public class CaseType extends CatalogueEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_type_seq")
  @SequenceGenerator(name = "case_type_seq", sequenceName = "case_type_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "company_id", updatable = false)
  private Company company;

  protected CaseType() {}

  public CaseType(Company company, String name) {
    super(name);
    this.company = Objects.requireNonNull(company);
  }

  public Long getId() {
    return id;
  }

  public Company getCompany() {
    return company;
  }
}
