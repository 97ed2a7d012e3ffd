package br.com.atende.mail.application;

import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.Forwarding;
import br.com.atende.organization.model.Agent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The forwarding email (SPEC C6): tells the new holder, or each member of the group the case went
 * to, that a case is now theirs and why. Written in each recipient agent's language, queued in the
 * forward's transaction like every case email.
 */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ForwardingMail {

  private static final String BUNDLE = "br.com.atende.mail.messages";

  @Inject private MailOutbox outbox;

  /** Queues one email per recipient with a valid address; returns how many were queued. */
  public int queue(Case supportCase, Forwarding row, Collection<Agent> recipients) {
    int queued = 0;
    for (Agent recipient : recipients) {
      Optional<String> address = EmailAddresses.valid(recipient.getEmail());
      if (address.isEmpty() || recipient.isSameAs(row.getBy())) {
        continue;
      }
      outbox.queue(
          "case-forwarded:" + row.getId() + ":" + recipient.getId(),
          supportCase.getId(),
          address.get(),
          compose(supportCase, row, recipient));
      queued++;
    }
    return queued;
  }

  private static ComposedEmail compose(Case supportCase, Forwarding row, Agent recipient) {
    Locale locale = Locale.forLanguageTag(recipient.getLanguage());
    // No fallback to the server's default locale: a pt-BR reader must never get the English text.
    ResourceBundle text =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String kind = row.getKind().name();
    Object[] values = {
      supportCase.getNumber(),
      supportCase.getSubject(),
      recipient.getName(),
      row.getBy().getName(),
      row.getReason() == null ? "—" : row.getReason(),
      row.getToGroup() == null ? "" : row.getToGroup().getName(),
      supportCase.getParty().getName()
    };
    Object[] escaped = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      escaped[i] = Html.escape(String.valueOf(values[i]));
    }
    String variant = row.getToGroup() == null ? "" : ".group";
    return new ComposedEmail(
        format(text, "forwarding.subject." + kind, locale, values),
        format(text, "forwarding.text" + variant, locale, values),
        format(text, "forwarding.html" + variant, locale, escaped));
  }

  private static String format(ResourceBundle bundle, String key, Locale locale, Object[] values) {
    return new MessageFormat(bundle.getString(key), locale).format(values);
  }
}
