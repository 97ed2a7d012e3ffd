package br.com.atende.web.cases;

import br.com.atende.party.application.PartyRegistry;
import br.com.atende.party.application.PartyRow;
import br.com.atende.shared.CappedCount;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The party page's search (issue 15): parties by name, tax id or email, paged in the database, the
 * count capped like every count a page shows.
 */
@Named
@ViewScoped
public class PartySearchBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PartyRegistry registry;

  private String filter;

  private CappedCount found = CappedCount.NONE;

  private final LazyDataModel<PartyRow> rows =
      new PagedModel<>(page -> registry.page(filter, page), this::count, PartyRow::id);

  private long count() {
    found = registry.count(filter);
    return found.value();
  }

  public LazyDataModel<PartyRow> getRows() {
    return rows;
  }

  /** "12", or "1000+" past the cap. */
  public String getFound() {
    return found.label();
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }
}
