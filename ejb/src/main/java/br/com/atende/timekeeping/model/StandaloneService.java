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
import java.util.Objects;

/**
 * A standalone service (serviço avulso) with its own rates: for one party, or for every party when
 * it names none.
 */
@Entity
@Table(name = "standalone_service")
public class StandaloneService {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "standalone_service_seq")
  @SequenceGenerator(
      name = "standalone_service_seq",
      sequenceName = "standalone_service_seq",
      allocationSize = 50)
  private Long id;

  /** Null: offered to every party. */
  @ManyToOne
  @JoinColumn(name = "party_id", updatable = false)
  private Party party;

  @Column(nullable = false, length = 120)
  private String name;

  @Embedded private Pricing pricing;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  protected StandaloneService() {}

  public StandaloneService(Party party, String name, Pricing pricing) {
    this.party = party;
    change(name, pricing, true);
  }

  public final void change(String name, Pricing pricing, boolean active) {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("name", "error.required");
    }
    this.name = name.strip();
    this.pricing = Objects.requireNonNull(pricing);
    this.active = active;
  }

  /** Whether entries for this party may be charged under this service. */
  public boolean isOfferedTo(Party client) {
    return active && (party == null || party.getId().equals(client.getId()));
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

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
