package br.com.atende.web.admin;

import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.timekeeping.application.ServiceRow;
import br.com.atende.timekeeping.application.TimeAdminService;
import br.com.atende.timekeeping.model.RateBasis;
import br.com.atende.timekeeping.model.TravelBasis;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.OfferedConverter;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/**
 * The standalone services panel of the time administration page: the services, paged, and their
 * form (no party: offered to every party).
 */
@Named
@ViewScoped
public class StandaloneServicesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TimeAdminService admin;

  private final LazyDataModel<ServiceRow> services =
      new PagedModel<>(
          request -> admin.services(request), () -> admin.countServices().value(), ServiceRow::id);

  private final Map<Long, Choice> offeredParties = new HashMap<>();

  private Long id;
  private long version;
  private Choice party;
  private String name;
  private RateBasis rateBasis = RateBasis.HOURLY;
  private BigDecimal rate;
  private TravelBasis travelBasis;
  private BigDecimal travelRate;
  private boolean active = true;

  public List<Choice> completeParty(String text) {
    List<Choice> found = admin.parties(text);
    found.forEach(p -> offeredParties.put(p.id(), p));
    return found;
  }

  public void edit(ServiceRow row) {
    id = row.id();
    version = row.version();
    party = row.partyId() == null ? null : new Choice(row.partyId(), row.partyName());
    if (party != null) {
      offeredParties.put(party.id(), party);
    }
    name = row.name();
    rateBasis = row.rateBasis();
    rate = row.rate();
    travelBasis = row.travelBasis();
    travelRate = row.travelRate();
    active = row.active();
  }

  public void save() {
    try {
      admin.saveService(
          new ServiceRow(
              id,
              version,
              party == null ? null : party.id(),
              null,
              name,
              rateBasis,
              rate,
              travelRate == null ? null : travelBasis,
              travelBasis == null ? null : travelRate,
              active));
      Feedback.info("admin.time.saved", name);
      clear();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void clear() {
    id = null;
    version = 0;
    party = null;
    name = null;
    rateBasis = RateBasis.HOURLY;
    rate = null;
    travelBasis = null;
    travelRate = null;
    active = true;
  }

  public Converter<Choice> getPartyConverter() {
    return new OfferedConverter<>(offeredParties, Choice::id);
  }

  public LazyDataModel<ServiceRow> getServices() {
    return services;
  }

  public boolean isEditing() {
    return id != null;
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

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
