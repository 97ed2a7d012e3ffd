package br.com.atende.account.application;

import br.com.atende.account.model.PasswordPolicy;
import br.com.atende.mail.application.MailTemplates;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.application.PasswordHasher;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * The logged-in agent's own account: changing the password, which asks for the current one, whether
 * it gets an email when a client replies, and the language it reads Atende in (its pages and every
 * email to it).
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class MyAccount {

  @Inject private AgentDirectory agents;

  @Inject private PasswordHasher hasher;

  @Inject private LoginThrottle throttle;

  @Inject private Clock clock;

  /**
   * Changes the caller's password. A wrong current password counts as a failed login of the
   * account, so this form cannot serve to guess it faster than the login page.
   */
  public void changePassword(char[] current, char[] newPassword, char[] confirmation) {
    Agent agent = agents.currentAgent();
    if (throttle.lockedFor(agent.getLogin(), null).isPresent()) {
      throw new BusinessException("error.login.locked");
    }
    if (!hasher.matches(current, agent.getPasswordHash())) {
      throttle.failed(agent.getLogin(), null);
      throw new InvalidInputException("currentPassword", "error.password.current");
    }
    PasswordPolicy.check(
        "newPassword", newPassword, agent.getLogin(), agent.getName(), agent.getEmail());
    if (Arrays.equals(current, newPassword)) {
      throw new InvalidInputException("newPassword", "error.password.same");
    }
    if (confirmation == null || !Arrays.equals(newPassword, confirmation)) {
      throw new InvalidInputException("passwordConfirmation", "error.password.mismatch");
    }
    agent.choosePassword(hasher.hash(newPassword), LocalDateTime.now(clock));
  }

  /** "Receber respostas do cliente por e-mail" (seed 004 §3.1), as the agent last chose it. */
  public boolean emailsOnClientReply() {
    return agents.currentAgent().isEmailOnClientReply();
  }

  public void emailOnClientReply(boolean on) {
    agents.currentAgent().emailOnClientReply(on);
  }

  /** The language the agent reads Atende in: "pt-BR" or "en". */
  public String language() {
    return agents.currentAgent().getLanguage();
  }

  /**
   * The agent switched the language of its pages: its emails follow, and its next session opens in
   * it.
   */
  public void changeLanguage(String language) {
    if (!MailTemplates.LANGUAGES.contains(language)) {
      throw new InvalidInputException("language", "error.agent.language");
    }
    agents.currentAgent().readingIn(language);
  }
}
