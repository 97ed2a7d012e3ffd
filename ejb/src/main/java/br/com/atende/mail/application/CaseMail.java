package br.com.atende.mail.application;

import br.com.atende.cases.model.Case;
import br.com.atende.party.model.Contact;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The emails a case sends to its client. Recipient rule of SPEC C6: the contact's address, else the
 * party's; written in the recipient's language (pt-BR unless they read English).
 */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CaseMail {

  private static final String BUNDLE = "br.com.atende.mail.messages";

  @Inject private MailOutbox outbox;

  /** Queues the opening email; false, with nothing queued, when no valid address is known. */
  public boolean queueOpeningEmail(Case opened) {
    Contact contact = opened.getContact();
    Optional<String> recipient =
        Optional.ofNullable(contact)
            .flatMap(c -> EmailAddresses.valid(c.getEmail()))
            .or(() -> EmailAddresses.valid(opened.getParty().getEmail()));
    if (recipient.isEmpty()) {
      return false;
    }
    String language = contact != null ? contact.getLanguage() : opened.getParty().getLanguage();
    Locale locale = Locale.forLanguageTag(language);
    // No fallback to the server's default locale: a pt-BR reader must never get the English text.
    ResourceBundle text =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String greetingName = contact != null ? contact.getName() : opened.getParty().getName();
    String openedAt =
        opened
            .getOpenedAt()
            .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale));
    Object[] values = {
      opened.getNumber(),
      opened.getSubject(),
      greetingName,
      openedAt,
      opened.getRequest(),
      opened.getCompany().getName()
    };
    Object[] escaped = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      escaped[i] = Html.escape(String.valueOf(values[i]));
    }
    ComposedEmail email =
        new ComposedEmail(
            format(text, "opening.subject", locale, values),
            format(text, "opening.text", locale, values),
            format(text, "opening.html", locale, escaped));
    outbox.queue("case-opened:" + opened.getId(), opened.getId(), recipient.get(), email);
    return true;
  }

  private static String format(ResourceBundle bundle, String key, Locale locale, Object[] values) {
    return new MessageFormat(bundle.getString(key), locale).format(values);
  }
}
