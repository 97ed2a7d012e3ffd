package br.com.atende.organization.model;

import br.com.atende.shared.CatalogueEntry;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.util.Objects;

/**
 * One company (coligada) of the enterprise group; agents and cases belong to exactly one. Its code
 * is fixed once given (case numbers and imports name it); an inactive company is offered for no new
 * case, department or catalogue entry.
 */
@Cacheable
@Entity
public class Company extends CatalogueEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_seq")
  @SequenceGenerator(name = "company_seq", sequenceName = "company_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 20, updatable = false)
  private String code;

  protected Company() {}

  public Company(String code, String name) {
    super(name);
    this.code = Objects.requireNonNull(code);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }
}
