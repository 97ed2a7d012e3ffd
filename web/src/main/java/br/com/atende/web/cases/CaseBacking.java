package br.com.atende.web.cases;

import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseService;
import br.com.atende.shared.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The case page. A case that does not exist, or that the viewer may not see, is a plain 404. */
@Named
@RequestScoped
public class CaseBacking {

  @Inject private CaseService cases;

  private Long id;
  private CaseDetails details;

  public void load() throws IOException {
    try {
      if (id == null) {
        throw new NotFoundException();
      }
      details = cases.details(id);
    } catch (NotFoundException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CaseDetails getDetails() {
    return details;
  }
}
