package br.com.atende.cases.notification;

import br.com.atende.cases.model.AccessRule;
import br.com.atende.cases.model.Case;
import br.com.atende.mail.application.ComposedEmail;
import br.com.atende.mail.application.EmailAddresses;
import br.com.atende.mail.application.Html;
import br.com.atende.mail.application.MailOutbox;
import br.com.atende.mail.application.MailTemplates;
import br.com.atende.organization.model.Agent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * "Receber respostas do cliente por e-mail" (seed 004 §3.1): tells the holder of a case that its
 * client replied, when the holder asked for it. Queued in the transaction that appends the reply,
 * keyed by the reply's entry so one reply tells once; it names who wrote, not what (the case page
 * shows the reply to whoever may see it).
 */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ClientReplyMail {

  @Inject private MailOutbox outbox;

  /** Returns whether an email was queued. */
  public boolean queue(Case supportCase, long entryId, String sender) {
    Agent holder = supportCase.getHolder();
    if (holder == null || !holder.isActive() || !holder.isEmailOnClientReply()) {
      return false;
    }
    Optional<String> address = EmailAddresses.valid(holder.getEmail());
    if (address.isEmpty()
        || !AccessRule.maySee(
            holder.getClearance(),
            holder.getId(),
            supportCase.getAccessLevel(),
            supportCase.getHolderId())) {
      return false;
    }
    outbox.queue(
        "client-reply:" + entryId + ":" + holder.getId(),
        supportCase.getId(),
        address.get(),
        compose(supportCase, holder, sender));
    return true;
  }

  private static ComposedEmail compose(Case supportCase, Agent holder, String sender) {
    // No fallback to the server's default locale: a pt-BR reader must never get the English text.
    Locale locale = Locale.forLanguageTag(holder.getLanguage());
    ResourceBundle text = MailTemplates.bundle(locale);
    Object[] values = {
      supportCase.getNumber(),
      supportCase.getSubject(),
      holder.getName(),
      supportCase.getParty().getName(),
      sender == null || sender.isBlank() ? supportCase.getParty().getName() : sender
    };
    Object[] escaped = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      escaped[i] = Html.escape(String.valueOf(values[i]));
    }
    return new ComposedEmail(
        format(text, "clientReply.subject", locale, values),
        format(text, "clientReply.text", locale, values),
        format(text, "clientReply.html", locale, escaped));
  }

  private static String format(ResourceBundle bundle, String key, Locale locale, Object[] values) {
    return new MessageFormat(bundle.getString(key), locale).format(values);
  }
}
