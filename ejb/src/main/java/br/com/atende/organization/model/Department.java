package br.com.atende.organization.model;

import br.com.atende.shared.CatalogueEntry;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.util.Objects;

/**
 * A department (desk) of a company: where its cases queue. Deactivated rather than deleted once
 * anything refers to it.
 */
@Cacheable
@Entity
public class Department extends CatalogueEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
  @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "company_id")
  private Company company;

  protected Department() {}

  public Department(Company company, String name) {
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
