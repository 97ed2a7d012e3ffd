package br.com.atende.organization.model;

import br.com.atende.shared.CatalogueEntry;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A profile (perfil): a named set of permissions that agents are given (SPEC §2). */
@Cacheable
@Entity
@AttributeOverride(name = "name", column = @Column(nullable = false, unique = true, length = 80))
public class Profile extends CatalogueEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "profile_seq")
  @SequenceGenerator(name = "profile_seq", sequenceName = "profile_seq", allocationSize = 50)
  private Long id;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "profile_permission", joinColumns = @JoinColumn(name = "profile_id"))
  @Column(name = "permission", length = 40)
  @Enumerated(EnumType.STRING)
  private Set<Permission> permissions = new HashSet<>();

  protected Profile() {}

  public Profile(String name, Set<Permission> permissions) {
    super(name);
    grantOnly(permissions);
  }

  /** Replaces the permissions the profile grants: its agents hold the new set from now on. */
  public void grantOnly(Set<Permission> permissions) {
    this.permissions.clear();
    this.permissions.addAll(permissions);
  }

  public Set<Permission> getPermissions() {
    return permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
  }

  public boolean grants(Permission permission) {
    return permissions.contains(permission);
  }

  public Long getId() {
    return id;
  }
}
