package br.com.atende.web.cases.live;

import br.com.atende.cases.live.LiveAudience;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The case page's live banner ({@code cases/live-case.xhtml}): subscribes the page to the changes
 * of its case, once per view, and only when the access rule lets the agent see the case. Reads the
 * case id from the page's own {@code id} parameter, so it needs nothing from the page's other
 * beans.
 */
@Named
@ViewScoped
public class LiveCaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private LiveAudience audience;

  private Long caseId;

  /** Null when the page shows no case the agent may see: then no socket is opened. */
  private CaseViewer viewer;

  @PostConstruct
  void subscribe() {
    String id =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    try {
      caseId = id == null ? null : Long.valueOf(id.trim());
    } catch (NumberFormatException e) {
      caseId = null;
    }
    if (caseId != null) {
      long shown = caseId;
      viewer = audience.viewerOf(shown).map(agentId -> new CaseViewer(shown, agentId)).orElse(null);
    }
  }

  public Long getCaseId() {
    return caseId;
  }

  public CaseViewer getViewer() {
    return viewer;
  }
}
