package br.com.atende.catalog.model;

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

/** A module of a product (módulo do produto). */
@Cacheable
@Entity
@Table(name = "product_module")
public class ProductModule extends CatalogueEntry {

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

  protected ProductModule() {}

  public ProductModule(Product product, String name) {
    super(name);
    this.product = Objects.requireNonNull(product);
  }

  public Long getId() {
    return id;
  }

  public Product getProduct() {
    return product;
  }
}
