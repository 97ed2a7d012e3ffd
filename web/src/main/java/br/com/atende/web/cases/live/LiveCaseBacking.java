package br.com.atende.web.cases.live;

import br.com.atende.cases.application.CaseHeader;
import br.com.atende.web.cases.CaseBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The case page's live banner ({@code cases/live-case.xhtml}): subscribes the page to the changes
 * of its case, once per view. The page's header has already read the case through the access rule
 * in the viewer's name; when it found none to show, no socket is opened.
 */
@Named
@ViewScoped
public class LiveCaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseBacking page;

  private Long caseId;

  /** Null when the page shows no case the agent may see: then no socket is opened. */
  private CaseViewer viewer;

  @PostConstruct
  void subscribe() {
    CaseHeader header = page.getHeader();
    if (header != null) {
      caseId = header.details().id();
      viewer = new CaseViewer(caseId, header.viewerId());
    }
  }

  public Long getCaseId() {
    return caseId;
  }

  public CaseViewer getViewer() {
    return viewer;
  }
}
