package br.com.atende.web.account;

import br.com.atende.account.application.PasswordLinks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * "Esqueci minha senha": asks for a reset link of a login and answers the same whatever the login
 * (the service works after the answer).
 */
@Named
@RequestScoped
public class ForgotPasswordBacking {

  @Inject private PasswordLinks links;

  private String login;

  private boolean sent;

  public void send() {
    links.requestReset(login);
    sent = true;
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public boolean isSent() {
    return sent;
  }
}
