package br.com.atende.party.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.util.Objects;

/** A person at a party (contato do cliente) who asks for and hears about cases. */
@Entity
public class Contact {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
  @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "party_id")
  private Party party;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(length = 254)
  private String email;

  @Column(length = 40)
  private String phone;

  @Column(nullable = false, length = 10)
  private String language = "pt-BR";

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  protected Contact() {}

  public Contact(Party party, String name, String email, String phone) {
    this.party = Objects.requireNonNull(party);
    this.name = Objects.requireNonNull(name);
    this.email = email;
    this.phone = phone;
    this.language = party.getLanguage();
  }

  public boolean belongsTo(Party other) {
    return party.getId().equals(other.getId());
  }

  public Long getId() {
    return id;
  }

  public Party getParty() {
    return party;
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

  public String getLanguage() {
    return language;
  }

  public boolean isActive() {
    return active;
  }
}
