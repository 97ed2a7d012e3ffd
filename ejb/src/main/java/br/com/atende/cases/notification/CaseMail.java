package br.com.atende.cases.notification;

import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.DiscussionEntry;
import br.com.atende.mail.application.ComposedEmail;
import br.com.atende.mail.application.EmailAddresses;
import br.com.atende.mail.application.Html;
import br.com.atende.mail.application.MailOutbox;
import br.com.atende.mail.application.MailSettings;
import br.com.atende.mail.application.MailTemplates;
import br.com.atende.organization.model.Agent;
import br.com.atende.party.model.Contact;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The emails a case sends to its client. Recipient rule of SPEC C6: the contact's address, else the
 * party's; written in the recipient's language (pt-BR unless they read English). None at all while
 * the case's "send notifications to the client" is off.
 */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CaseMail {

  @PersistenceContext private EntityManager em;

  @Inject private MailOutbox outbox;

  @Inject private Clock clock;

  /** Who a case's client email goes to: address, language and the name to greet. */
  public record ClientRecipient(String address, String language, String name) {}

  /** The client's valid address by the rule of SPEC C6, with their language; empty when none. */
  public static Optional<ClientRecipient> clientOf(Case supportCase) {
    Contact contact = supportCase.getContact();
    if (contact != null) {
      Optional<String> address = EmailAddresses.valid(contact.getEmail());
      if (address.isPresent()) {
        return Optional.of(
            new ClientRecipient(address.get(), contact.getLanguage(), contact.getName()));
      }
    }
    String language =
        contact != null ? contact.getLanguage() : supportCase.getParty().getLanguage();
    String name = contact != null ? contact.getName() : supportCase.getParty().getName();
    return EmailAddresses.valid(supportCase.getParty().getEmail())
        .map(address -> new ClientRecipient(address, language, name));
  }

  /**
   * The client's address for the case's own notifications: none while the case's "send
   * notifications to the client" is off (seed 004 §2.1), which the case page says near the
   * composer.
   */
  static Optional<ClientRecipient> notifiedClientOf(Case supportCase) {
    if (!supportCase.getClientUpdates().isNotifyClient()) {
      return Optional.empty();
    }
    return clientOf(supportCase);
  }

  /**
   * Queues the opening email, recorded as an EMAIL_SENT discussion entry in the opener's name (SPEC
   * C6); false, with nothing queued, when no valid address is known.
   */
  public boolean queueOpeningEmail(Case opened) {
    return queueOpeningEmail(opened, opened.getOpener(), false) != null;
  }

  /**
   * Queues the opening email again, on an agent's request, with its own EMAIL_SENT entry; returns
   * the address it goes to, or null, with nothing queued or recorded, when no valid one is known.
   */
  public String queueOpeningEmailAgain(Case opened, Agent by) {
    return queueOpeningEmail(opened, by, true);
  }

  /**
   * The opening email and its EMAIL_SENT entry. The first one's event key is the case's, so it is
   * queued once whatever happens; a deliberate resend is another event, keyed by its own entry.
   */
  private String queueOpeningEmail(Case opened, Agent by, boolean again) {
    Optional<ClientRecipient> recipient = notifiedClientOf(opened);
    if (recipient.isEmpty()) {
      return null;
    }
    Locale locale = Locale.forLanguageTag(recipient.get().language());
    ResourceBundle text = bundle(locale);
    String openedAt =
        opened
            .getOpenedAt()
            .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale));
    Object[] values = {
      opened.getNumber(),
      opened.getSubject(),
      recipient.get().name(),
      openedAt,
      opened.getRequest(),
      opened.getCompany().getName()
    };
    ComposedEmail email = compose(text, locale, "opening", values);
    DiscussionEntry entry =
        DiscussionEntry.emailSent(
            opened,
            by,
            LocalDateTime.now(clock),
            // Who it went to, not what it said: the text repeats the subject and the request, which
            // would make every case match a search of the discussion for its own words.
            "<p>"
                + Html.escape(
                    new MessageFormat(text.getString("opening.sent"), locale)
                        .format(new Object[] {recipient.get().address()}))
                + "</p>");
    em.persist(entry);
    em.flush();
    outbox.queue(
        "case-opened:" + opened.getId() + (again ? ":again:" + entry.getId() : ""),
        opened.getId(),
        recipient.get().address(),
        email);
    return recipient.get().address();
  }

  /**
   * Queues the notification of a solution (the case went to NOTIFIED), with a fresh single-use,
   * expiring link that lets the client confirm or reopen the case and rate the service. False, with
   * nothing queued and no link issued, when no valid address is known.
   */
  public boolean queueSolutionNotification(Case notified, Agent by) {
    Optional<ClientRecipient> recipient = notifiedClientOf(notified);
    if (recipient.isEmpty()) {
      return false;
    }
    Locale locale = Locale.forLanguageTag(recipient.get().language());
    String rawToken = CaseResponseToken.newRawToken();
    CaseResponseToken token =
        new CaseResponseToken(
            notified,
            rawToken,
            by,
            recipient.get().language(),
            LocalDateTime.now(clock),
            MailSettings.responseLinkValidity());
    em.persist(token);
    String link = MailSettings.publicUrl() + "/public/case-response.xhtml?token=" + rawToken;
    String expires =
        token
            .getExpiresAt()
            .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale));
    Object[] values = {
      notified.getNumber(),
      notified.getSubject(),
      recipient.get().name(),
      link,
      expires,
      notified.getCompany().getName()
    };
    outbox.queue(
        "case-notified:" + notified.getId() + ":" + token.getId(),
        notified.getId(),
        recipient.get().address(),
        compose(bundle(locale), locale, "solution", values));
    return true;
  }

  /** The subject, text and HTML of the emails {@code kind}.subject/.text/.html of the bundle. */
  static ComposedEmail compose(ResourceBundle text, Locale locale, String kind, Object[] values) {
    Object[] escaped = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      escaped[i] = Html.escape(String.valueOf(values[i]));
    }
    return new ComposedEmail(
        format(text, kind + ".subject", locale, values),
        format(text, kind + ".text", locale, values),
        format(text, kind + ".html", locale, escaped));
  }

  /** The email texts in a language: the mail bundle, which the templates default to. */
  static ResourceBundle bundle(Locale locale) {
    return MailTemplates.bundle(locale);
  }

  private static String format(ResourceBundle bundle, String key, Locale locale, Object[] values) {
    return new MessageFormat(bundle.getString(key), locale).format(values);
  }
}
