package br.com.atende.party.model;

import br.com.atende.shared.Identified;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

/**
 * A sales representative (representante) linked to cases of the parties it serves. Its contacts are
 * {@link Contact} rows that belong to it instead of to a party.
 */
@Cacheable
@Entity
public class Representative implements Serializable, Identified {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "representative_seq")
  @SequenceGenerator(
      name = "representative_seq",
      sequenceName = "representative_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 254)
  private String email;

  @Column(length = 40)
  private String phone;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  protected Representative() {}

  public Representative(String name, String email, String phone) {
    this.name = Objects.requireNonNull(name);
    this.email = email;
    this.phone = phone;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public boolean isActive() {
    return active;
  }
}
