package br.com.atende.web.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The login page's "locked" message: the minutes the throttle put in the address, read as a number
 * so that the address cannot put words on the page.
 */
@Named
@RequestScoped
public class LoginPage {

  public int getLockedMinutes() {
    String locked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("locked");
    if (locked == null || !locked.matches("\\d{1,4}")) {
      return 0;
    }
    return Integer.parseInt(locked);
  }
}
