package br.com.atende.organization.model;

import br.com.atende.shared.Identified;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.io.Serializable;
import java.util.Objects;

/** One company (coligada) of the enterprise group; agents and cases belong to exactly one. */
@Cacheable
@Entity
public class Company implements Serializable, Identified {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_seq")
  @SequenceGenerator(name = "company_seq", sequenceName = "company_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 20)
  private String code;

  @Column(nullable = false, length = 120)
  private String name;

  protected Company() {}

  public Company(String code, String name) {
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }
}
