package br.com.atende.web.admin;

import br.com.atende.shared.Choice;
import br.com.atende.timekeeping.model.RateBasis;
import br.com.atende.timekeeping.model.TravelBasis;
import br.com.atende.web.shared.OfferedConverter;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the contract form and the standalone service form share (view state of their panels): the
 * row being edited, the party (picked among those offered), the name, the rate and the travel rate.
 * A travel rate goes with its basis: one without the other is sent as neither.
 */
public class RateTerms implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<Long, Choice> offeredParties = new HashMap<>();

  private Long id;
  private long version;
  private Choice party;
  private String name;
  private RateBasis rateBasis = RateBasis.HOURLY;
  private BigDecimal rate;
  private TravelBasis travelBasis;
  private BigDecimal travelRate;

  /** Parties found for the autocomplete, remembered so that the chosen one converts back. */
  List<Choice> offer(List<Choice> found) {
    found.forEach(p -> offeredParties.put(p.id(), p));
    return found;
  }

  /** The form shows a saved row. */
  void edit(
      long id,
      long version,
      Choice party,
      String name,
      RateBasis rateBasis,
      BigDecimal rate,
      TravelBasis travelBasis,
      BigDecimal travelRate) {
    this.id = id;
    this.version = version;
    this.party = party;
    if (party != null) {
      offeredParties.put(party.id(), party);
    }
    this.name = name;
    this.rateBasis = rateBasis;
    this.rate = rate;
    this.travelBasis = travelBasis;
    this.travelRate = travelRate;
  }

  /** The form is empty again, for a new row. */
  void clear() {
    id = null;
    version = 0;
    party = null;
    name = null;
    rateBasis = RateBasis.HOURLY;
    rate = null;
    travelBasis = null;
    travelRate = null;
  }

  Long id() {
    return id;
  }

  long version() {
    return version;
  }

  Long partyId() {
    return party == null ? null : party.id();
  }

  TravelBasis chargedTravelBasis() {
    return travelRate == null ? null : travelBasis;
  }

  BigDecimal chargedTravelRate() {
    return travelBasis == null ? null : travelRate;
  }

  public boolean isEditing() {
    return id != null;
  }

  public Converter<Choice> getPartyConverter() {
    return new OfferedConverter<>(offeredParties, Choice::id);
  }

  public RateBasis[] getRateBases() {
    return RateBasis.values();
  }

  public TravelBasis[] getTravelBases() {
    return TravelBasis.values();
  }

  public Choice getParty() {
    return party;
  }

  public void setParty(Choice party) {
    this.party = party;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public RateBasis getRateBasis() {
    return rateBasis;
  }

  public void setRateBasis(RateBasis rateBasis) {
    this.rateBasis = rateBasis;
  }

  public BigDecimal getRate() {
    return rate;
  }

  public void setRate(BigDecimal rate) {
    this.rate = rate;
  }

  public TravelBasis getTravelBasis() {
    return travelBasis;
  }

  public void setTravelBasis(TravelBasis travelBasis) {
    this.travelBasis = travelBasis;
  }

  public BigDecimal getTravelRate() {
    return travelRate;
  }

  public void setTravelRate(BigDecimal travelRate) {
    this.travelRate = travelRate;
  }
}
