package br.com.atende.web.cases;

import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseSummary;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** The client timeline tab: the client's cases the viewer may see, newest first, count capped. */
@Named
@ViewScoped
public class ClientTimelineBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseBacking page;

  @Inject private CaseService cases;

  private final LazyDataModel<CaseSummary> timeline =
      new PagedModel<>(
          request -> cases.clientTimeline(page.getId(), request),
          () -> cases.countClientTimeline(page.getId()),
          CaseSummary::id);

  public LazyDataModel<CaseSummary> getTimeline() {
    return timeline;
  }
}
