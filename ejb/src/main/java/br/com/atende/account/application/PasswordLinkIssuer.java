package br.com.atende.account.application;

import br.com.atende.account.model.PasswordLink;
import br.com.atende.mail.application.ComposedEmail;
import br.com.atende.mail.application.Html;
import br.com.atende.mail.application.MailOutbox;
import br.com.atende.mail.application.MailSettings;
import br.com.atende.mail.application.MailTemplates;
import br.com.atende.organization.model.Agent;
import br.com.atende.shared.SecretTokens;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Makes an agent's password link inside the caller's transaction: replaces the agent's earlier
 * unused links, stores the new one's hash, and emails it through the outbox (so the email exists
 * only if the link does). Not an EJB: only account services and the first start call it.
 */
@Dependent
public class PasswordLinkIssuer {

  @PersistenceContext private EntityManager em;

  @Inject private MailOutbox outbox;

  @Inject private Clock clock;

  /** A new link for the agent; returns its address (with the raw token, which is kept nowhere). */
  public String issue(Agent agent, PasswordLink.Purpose purpose) {
    return issueLink(agent, purpose).url();
  }

  private record Issued(long id, String url) {}

  private Issued issueLink(Agent agent, PasswordLink.Purpose purpose) {
    LocalDateTime now = LocalDateTime.now(clock);
    em.createQuery("DELETE FROM PasswordLink l WHERE l.agent = :agent AND l.usedAt IS NULL")
        .setParameter("agent", agent)
        .executeUpdate();
    String token = SecretTokens.newRawToken();
    PasswordLink link = new PasswordLink(agent, purpose, token, now);
    em.persist(link);
    em.flush();
    return new Issued(
        link.getId(), MailSettings.publicUrl() + "/public/password.xhtml?token=" + token);
  }

  /** Issues a link and emails it to the agent, in the agent's language. */
  public void issueAndSend(Agent agent, PasswordLink.Purpose purpose) {
    Issued issued = issueLink(agent, purpose);
    String url = issued.url();
    Locale locale = Locale.forLanguageTag(agent.getLanguage());
    ResourceBundle text = MailTemplates.bundle(locale);
    String until =
        LocalDateTime.now(clock)
            .plus(purpose.validity())
            .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale));
    Object[] plain = {agent.getName(), url, until, agent.getLogin()};
    Object[] escaped = {
      Html.escape(agent.getName()), Html.escape(url), until, Html.escape(agent.getLogin())
    };
    String kind = "passwordLink." + purpose.name();
    outbox.queue(
        "password-link." + purpose.name().toLowerCase(Locale.ROOT) + "." + issued.id(),
        null,
        agent.getEmail(),
        new ComposedEmail(
            MessageFormat.format(text.getString(kind + ".subject"), plain),
            MessageFormat.format(text.getString(kind + ".text"), plain),
            new MessageFormat(text.getString(kind + ".html"), locale).format(escaped)));
  }
}
