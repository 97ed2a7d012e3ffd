package br.com.atende.web.admin;

import br.com.atende.settings.SystemSettings;
import br.com.atende.shared.BusinessException;
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

  private Integer idleMinutes;

  public void load() {
    forbidSuppliers = settings.forbidsCasesForSuppliers();
    idleMinutes = settings.idleMinutes();
  }

  public void save() {
    try {
      settings.changeIdleMinutes(idleMinutes);
      settings.forbidCasesForSuppliers(forbidSuppliers);
      Feedback.info("admin.settings.saved");
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public Integer getIdleMinutes() {
    return idleMinutes;
  }

  public void setIdleMinutes(Integer idleMinutes) {
    this.idleMinutes = idleMinutes;
  }

  public boolean isForbidSuppliers() {
    return forbidSuppliers;
  }

  public void setForbidSuppliers(boolean forbidSuppliers) {
    this.forbidSuppliers = forbidSuppliers;
  }
}
