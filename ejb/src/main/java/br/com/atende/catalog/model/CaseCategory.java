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

/** A general category (categoria geral) of one company's cases, for reports and routing. */
@Cacheable
@Entity
@Table(name = "case_category")
public class CaseCategory extends CatalogueEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_category_seq")
  @SequenceGenerator(
      name = "case_category_seq",
      sequenceName = "case_category_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "company_id", updatable = false)
  private Company company;

  protected CaseCategory() {}

  public CaseCategory(Company company, String name) {
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
