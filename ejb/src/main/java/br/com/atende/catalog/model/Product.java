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

/** A product of one company that cases may be about. */
@Cacheable
@Entity
@Table(name = "product")
public class Product extends CatalogueEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
  @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "company_id", updatable = false)
  private Company company;

  protected Product() {}

  public Product(Company company, String name) {
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
