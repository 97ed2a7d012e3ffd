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

/** A module of a product (módulo do produto). */
@Cacheable
@Entity
@Table(name = "product_module")
public class ProductModule implements Serializable, Identified {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_module_seq")
  @SequenceGenerator(
      name = "product_module_seq",
      sequenceName = "product_module_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "product_id", updatable = false)
  private Product product;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(nullable = false)
  private boolean active = true;

  protected ProductModule() {}

  public ProductModule(Product product, String name) {
    this.product = Objects.requireNonNull(product);
    this.name = Objects.requireNonNull(name);
  }

  public Long getId() {
    return id;
  }

  public Product getProduct() {
    return product;
  }

  public String getName() {
    return name;
  }

  public boolean isActive() {
    return active;
  }
}
