package br.com.atende.timekeeping.model;

import br.com.atende.party.model.Party;
import br.com.atende.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A service contract of a party: its rates and the days it is valid (from, and until when it ends;
 * open-ended without an end). Entries of type CONTRACT are offered only on the days it is valid.
 */
@Entity
@Table(name = "service_contract")
public class Contract {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_contract_seq")
  @SequenceGenerator(
      name = "service_contract_seq",
      sequenceName = "service_contract_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "party_id", updatable = false)
  private Party party;

  @Column(nullable = false, length = 120)
  private String name;

  @Embedded private Pricing pricing;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Version private long version;

  protected Contract() {}

  public Contract(Party party, String name, Pricing pricing, LocalDate from, LocalDate until) {
    this.party = Objects.requireNonNull(party);
    change(name, pricing, from, until);
  }

  public final void change(String name, Pricing pricing, LocalDate from, LocalDate until) {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("name", "error.required");
    }
    if (from == null) {
      throw new InvalidInputException("validFrom", "error.required");
    }
    if (until != null && until.isBefore(from)) {
      throw new InvalidInputException("validUntil", "error.time.validity");
    }
    this.name = name.strip();
    this.pricing = Objects.requireNonNull(pricing);
    this.validFrom = from;
    this.validUntil = until;
  }

  public boolean isValidOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
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

  public Pricing getPricing() {
    return pricing;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public long getVersion() {
    return version;
  }
}
