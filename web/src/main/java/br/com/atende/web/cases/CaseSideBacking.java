package br.com.atende.web.cases;

import br.com.atende.cases.application.CaseSidePanel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The side panel of the case page: client card, related cases and escalation children, as {@link
 * CaseBacking} read them with the rest of what the page opens with.
 */
@Named
@ViewScoped
public class CaseSideBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  private CaseSidePanel panel;

  public void show(CaseSidePanel read) {
    panel = read;
  }

  public CaseSidePanel getPanel() {
    return panel;
  }
}
