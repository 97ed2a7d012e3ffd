package br.com.atende.web.admin;

import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.timekeeping.application.ServiceRow;
import br.com.atende.timekeeping.application.TimeAdminService;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
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

  private final RateTerms terms = new RateTerms();
  private boolean active = true;

  public List<Choice> completeParty(String text) {
    return terms.offer(admin.parties(text));
  }

  public void edit(ServiceRow row) {
    terms.edit(
        row.id(),
        row.version(),
        row.partyId() == null ? null : new Choice(row.partyId(), row.partyName()),
        row.name(),
        row.rateBasis(),
        row.rate(),
        row.travelBasis(),
        row.travelRate());
    active = row.active();
  }

  public void save() {
    try {
      admin.saveService(
          new ServiceRow(
              terms.id(),
              terms.version(),
              terms.partyId(),
              null,
              terms.getName(),
              terms.getRateBasis(),
              terms.getRate(),
              terms.chargedTravelBasis(),
              terms.chargedTravelRate(),
              active));
      Feedback.info("admin.time.saved", terms.getName());
      clear();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void clear() {
    terms.clear();
    active = true;
  }

  public LazyDataModel<ServiceRow> getServices() {
    return services;
  }

  public RateTerms getTerms() {
    return terms;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
