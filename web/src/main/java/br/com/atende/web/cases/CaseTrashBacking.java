package br.com.atende.web.cases;

import br.com.atende.cases.trash.TrashService;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The case page's "Excluir": moves the case to the trash and leaves for the queue, since the case
 * is then seen by nobody but the trash page.
 */
@Named
@RequestScoped
public class CaseTrashBacking {

  @Inject private CaseBacking page;

  @Inject private TrashService trash;

  public void moveToTrash() {
    try {
      trash.moveToTrash(page.getId(), page.getDetails().version());
      Feedback.info("trash.deleted", page.getDetails().number());
      Feedback.keepForNextRequest();
      FacesContext faces = FacesContext.getCurrentInstance();
      faces
          .getExternalContext()
          .redirect(faces.getExternalContext().getRequestContextPath() + "/cases/queue.xhtml");
    } catch (BusinessException e) {
      Feedback.error(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
