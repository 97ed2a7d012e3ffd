package br.com.atende.web.shared;

import br.com.atende.account.application.MyAccount;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language the viewer reads Atende in: Brazilian Portuguese unless they switch to English. For
 * a logged-in agent it is the agent's own language (issue 15): the session takes it at login
 * ({@link AgentLanguageFilter}), and switching it in the header saves it on the agent, so its
 * emails and its next session follow.
 */
@Named
@SessionScoped
public class ActiveLocale implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final Locale PORTUGUESE = Locale.forLanguageTag("pt-BR");

  @Inject private MyAccount account;

  private Locale current = PORTUGUESE;

  /** The login whose language the session took; null before a login. */
  private String adoptedFor;

  public Locale getCurrent() {
    return current;
  }

  public String getLanguageTag() {
    return current.toLanguageTag();
  }

  public void toggle() {
    current = current.getLanguage().equals("en") ? PORTUGUESE : Locale.ENGLISH;
    if (adoptedFor != null) {
      account.changeLanguage(current.toLanguageTag());
    }
  }

  /**
   * Takes the language of the agent logged in with this login, once per login: a session that
   * outlived a logout and a login as someone else takes the new agent's.
   */
  void adoptLanguageOf(String login) {
    if (login.equals(adoptedFor)) {
      return;
    }
    current = Locale.forLanguageTag(account.language());
    adoptedFor = login;
  }
}
