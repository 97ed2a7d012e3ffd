package br.com.atende.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.util.Objects;

/**
 * What every entry of the configuration catalogue is (companies, agent groups, profiles, case
 * types, classifications, categories, products, modules): a name an administrator gives and
 * changes, and an active flag. An inactive entry stays on the cases and agents that refer to it and
 * is offered for nothing new; the administration services deactivate instead of delete once
 * anything refers to it.
 */
@MappedSuperclass
public abstract class CatalogueEntry implements Serializable, Identified {

  private static final long serialVersionUID = 1L;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(nullable = false)
  private boolean active = true;

  protected CatalogueEntry() {}

  protected CatalogueEntry(String name) {
    this.name = Objects.requireNonNull(name);
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
