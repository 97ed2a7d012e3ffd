package br.com.atende.party.model;

import br.com.atende.shared.Identified;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** A party (cliente): who a case is for. The tax id is a CPF or CNPJ, digits only. */
@Cacheable
@Entity
public class Party implements Serializable, Identified {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_seq")
  @SequenceGenerator(name = "party_seq", sequenceName = "party_seq", allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private PartyKind kind;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "tax_id", length = 20)
  private String taxId;

  @Column(length = 40)
  private String phone;

  /** {@link Phone#digits} of the phone, what the lookup by phone compares. */
  @Column(name = "phone_digits", length = 20)
  private String phoneDigits;

  @Column(length = 254)
  private String email;

  /** BCP 47 tag of the language the party reads its email in. */
  @Column(nullable = false, length = 10)
  private String language = "pt-BR";

  @Column(nullable = false)
  private boolean supplier;

  @Column(nullable = false)
  private boolean active = true;

  /**
   * The sales representatives who serve this party (issue 15): offered first when a case of it is
   * linked to one. Read by query, never walked: a party page lists them paged.
   */
  @ManyToMany
  @JoinTable(
      name = "party_representative",
      joinColumns = @JoinColumn(name = "party_id"),
      inverseJoinColumns = @JoinColumn(name = "representative_id"))
  private Set<Representative> representatives = new HashSet<>();

  @Version private long version;

  protected Party() {}

  public Party(PartyKind kind, String name, String taxId, String phone, String email) {
    this.kind = Objects.requireNonNull(kind);
    this.name = Objects.requireNonNull(name);
    this.taxId = taxId;
    this.phone = phone;
    this.phoneDigits = Phone.digits(phone);
    this.email = email;
  }

  /** Flags a CUSTOMER_SUPPLIER party as a supplier, hidden while suppliers may not have cases. */
  public Party asSupplier() {
    this.supplier = true;
    return this;
  }

  public Party speaking(String languageTag) {
    this.language = Objects.requireNonNull(languageTag);
    return this;
  }

  /**
   * Changes what the party page edits; the tax id was validated and found free by the caller (a
   * duplicate is a question for the database, not for one row).
   */
  public void change(
      PartyKind newKind,
      String newName,
      String newTaxId,
      String newPhone,
      String newEmail,
      String newLanguage) {
    this.kind = Objects.requireNonNull(newKind);
    this.name = Objects.requireNonNull(newName);
    this.taxId = newTaxId;
    this.phone = newPhone;
    this.phoneDigits = Phone.digits(newPhone);
    this.email = newEmail;
    this.language = Objects.requireNonNull(newLanguage);
  }

  /** Leaves every lookup; stays on the cases that name it (a party is never deleted by hand). */
  public void deactivate() {
    this.active = false;
  }

  public void reactivate() {
    this.active = true;
  }

  /** Links the representative; returns whether it was not linked yet. */
  public boolean linkRepresentative(Representative representative) {
    return representatives.add(Objects.requireNonNull(representative));
  }

  /** Unlinks the representative; returns whether it was linked. */
  public boolean unlinkRepresentative(Representative representative) {
    return representatives.removeIf(linked -> Identified.same(linked, representative));
  }

  public Long getId() {
    return id;
  }

  public PartyKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public String getTaxId() {
    return taxId;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public String getLanguage() {
    return language;
  }

  public boolean isSupplier() {
    return supplier;
  }

  public boolean isActive() {
    return active;
  }
}
