package br.com.atende.web.cases;

import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseSummary;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** The department queue: a lazy table whose every page is one paged, access-filtered query. */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseService cases;

  private final LazyDataModel<CaseSummary> queue =
      new PagedModel<>(
          page -> cases.departmentQueue(page), () -> cases.countDepartmentQueue(), CaseSummary::id);

  public LazyDataModel<CaseSummary> getQueue() {
    return queue;
  }
}
