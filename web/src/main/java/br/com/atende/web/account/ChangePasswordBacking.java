package br.com.atende.web.account;

import br.com.atende.account.application.MyAccount;
import br.com.atende.shared.BusinessException;
import br.com.atende.web.shared.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** "Minha senha": the logged-in agent changes its password, typing the current one. */
@Named
@RequestScoped
public class ChangePasswordBacking {

  @Inject private MyAccount account;

  private String current;

  private String password;

  private String confirmation;

  public void change() {
    try {
      account.changePassword(chars(current), chars(password), chars(confirmation));
      Feedback.info("account.passwordChanged");
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  private static char[] chars(String text) {
    return text == null ? new char[0] : text.toCharArray();
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
