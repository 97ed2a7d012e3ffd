package br.com.atende.web.admin;

import br.com.atende.cases.audit.AuditTrailCheck;
import br.com.atende.cases.audit.TrailVerification;
import br.com.atende.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The audit trail page: the last verification kept, and "Verificar trilha" running one now. */
@Named
@ViewScoped
public class AuditTrailBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AuditTrailCheck check;

  private TrailVerification shown;

  public void load() {
    shown = check.last();
  }

  public void verify() {
    shown = check.verify();
    if (shown.holds()) {
      Feedback.info("auditTrail.holds", shown.checked());
    } else {
      Feedback.warn(
          "auditTrail.broken",
          shown.firstBreak().auditId(),
          shown.firstBreak().caseNumber(),
          shown.firstBreak().changedAt());
    }
  }

  public TrailVerification getShown() {
    return shown;
  }
}
