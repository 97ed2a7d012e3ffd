package br.com.atende.web.admin;

import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.timekeeping.application.ContractRow;
import br.com.atende.timekeeping.application.TimeAdminService;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** The contracts panel of the time administration page: the contracts, paged, and their form. */
@Named
@ViewScoped
public class ContractsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TimeAdminService admin;

  private final LazyDataModel<ContractRow> contracts =
      new PagedModel<>(
          request -> admin.contracts(request),
          () -> admin.countContracts().value(),
          ContractRow::id);

  private final RateTerms terms = new RateTerms();
  private LocalDate validFrom = LocalDate.now();
  private LocalDate validUntil;

  public List<Choice> completeParty(String text) {
    return terms.offer(admin.parties(text));
  }

  public void edit(ContractRow row) {
    terms.edit(
        row.id(),
        row.version(),
        new Choice(row.partyId(), row.partyName()),
        row.name(),
        row.rateBasis(),
        row.rate(),
        row.travelBasis(),
        row.travelRate());
    validFrom = row.validFrom();
    validUntil = row.validUntil();
  }

  public void save() {
    try {
      admin.saveContract(
          new ContractRow(
              terms.id(),
              terms.version(),
              terms.partyId(),
              null,
              terms.getName(),
              terms.getRateBasis(),
              terms.getRate(),
              terms.chargedTravelBasis(),
              terms.chargedTravelRate(),
              validFrom,
              validUntil));
      Feedback.info("admin.time.saved", terms.getName());
      clear();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void clear() {
    terms.clear();
    validFrom = LocalDate.now();
    validUntil = null;
  }

  public LazyDataModel<ContractRow> getContracts() {
    return contracts;
  }

  public RateTerms getTerms() {
    return terms;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(LocalDate validUntil) {
    this.validUntil = validUntil;
  }
}
