package br.com.atende.web.cases;

import br.com.atende.cases.trash.TrashService;
import br.com.atende.cases.trash.TrashedCase;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import br.com.atende.web.shared.PagedModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The trash page: the deleted cases the viewer may see, a page at a time from the database, each
 * restorable for seven days. Open to agents with the CASE_DELETE permission and to supervisors;
 * anyone else gets a 403 (the service refuses them too).
 */
@Named
@ViewScoped
public class TrashBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TrashService trash;

  private final LazyDataModel<TrashedCase> rows =
      new PagedModel<>(
          request -> trash.page(request), () -> trash.count().value(), TrashedCase::id);

  public void check() throws IOException {
    if (!trash.mayReadTrash()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      faces.responseComplete();
    }
  }

  public void restore(TrashedCase row) {
    try {
      trash.restore(row.id());
      Feedback.info("trash.restored", row.number());
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public LazyDataModel<TrashedCase> getRows() {
    return rows;
  }
}
