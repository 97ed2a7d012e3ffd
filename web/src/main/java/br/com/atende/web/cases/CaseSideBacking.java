package br.com.atende.web.cases;

import br.com.atende.cases.application.CaseReadingService;
import br.com.atende.cases.application.CaseSidePanel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The side panel of the case page: client card, related cases and escalation children. */
@Named
@ViewScoped
public class CaseSideBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CaseBacking page;

  @Inject private CaseReadingService reading;

  private CaseSidePanel panel;

  @PostConstruct
  void load() {
    reload();
  }

  public void reload() {
    panel = reading.sidePanel(page.getId());
  }

  public CaseSidePanel getPanel() {
    return panel;
  }
}
