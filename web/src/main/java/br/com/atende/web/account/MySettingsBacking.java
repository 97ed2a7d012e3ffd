package br.com.atende.web.account;

import br.com.atende.account.application.MyAccount;
import br.com.atende.web.shared.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * "Receber respostas do cliente por e-mail" (seed 004 §3.1) on the agent's own page; the case page
 * offers the same setting beside "Me vincular".
 */
@Named
@RequestScoped
public class MySettingsBacking {

  @Inject private MyAccount account;

  private boolean emailOnClientReply;

  @PostConstruct
  void load() {
    emailOnClientReply = account.emailsOnClientReply();
  }

  public void save() {
    account.emailOnClientReply(emailOnClientReply);
    Feedback.info("agent.settings.saved");
  }

  public boolean isEmailOnClientReply() {
    return emailOnClientReply;
  }

  public void setEmailOnClientReply(boolean emailOnClientReply) {
    this.emailOnClientReply = emailOnClientReply;
  }
}
