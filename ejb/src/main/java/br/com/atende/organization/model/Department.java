package br.com.atende.organization.model;

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
import java.io.Serializable;
import java.util.Objects;

/**
 * A department (desk) of a company: where its cases queue. Deactivated rather than deleted once
 * anything refers to it.
 */
@Cacheable
@Entity
public class Department implements Serializable, Identified {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
  @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "company_id")
  private Company company;

  @Column(nullable = false, length = 120)
  private String name;

  /** Inactive: kept for the cases and agents that refer to it, offered for nothing new. */
  @Column(nullable = false)
  private boolean active = true;

  protected Department() {}

  public Department(Company company, String name) {
    this.company = Objects.requireNonNull(company);
    this.name = Objects.requireNonNull(name);
  }

  public Long getId() {
    return id;
  }

  public Company getCompany() {
    return company;
  }

  public String getName() {
    return name;
  }

  public void rename(String newName) {
    this.name = Objects.requireNonNull(newName);
  }

  public boolean isActive() {
    return active;
  }

  public void deactivate() {
    active = false;
  }

  public void reactivate() {
    active = true;
  }
}
