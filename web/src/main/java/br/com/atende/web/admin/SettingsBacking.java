package br.com.atende.web.admin;

import br.com.atende.settings.SystemSettings;
import br.com.atende.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The administrator's system settings page. */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SystemSettings settings;

  private boolean forbidSuppliers;

  public void load() {
    forbidSuppliers = settings.forbidsCasesForSuppliers();
  }

  public void save() {
    settings.forbidCasesForSuppliers(forbidSuppliers);
    Feedback.info("admin.settings.saved");
  }

  public boolean isForbidSuppliers() {
    return forbidSuppliers;
  }

  public void setForbidSuppliers(boolean forbidSuppliers) {
    this.forbidSuppliers = forbidSuppliers;
  }
}
