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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Objects;

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
