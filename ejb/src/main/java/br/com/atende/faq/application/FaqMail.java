package br.com.atende.faq.application;

import br.com.atende.faq.model.FaqEntry;
import br.com.atende.faq.model.FaqStatus;
import br.com.atende.mail.application.ComposedEmail;
import br.com.atende.mail.application.EmailAddresses;
import br.com.atende.mail.application.MailOutbox;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Tells the requesting agent how their FAQ request was reviewed, through the outbox, in the
 * review's transaction, in the requester's own language (issue 15: an agent's language is used for
 * every email to it).
 */
@Dependent
public class FaqMail {

  private static final String BUNDLE = "br.com.atende.faq.mail";

  @Inject private MailOutbox outbox;

  /** Queues the email; nothing when the requester has no valid address. */
  public void queueReviewed(FaqEntry entry) {
    String recipient = entry.getRequestedBy().getEmail();
    if (EmailAddresses.valid(recipient).isEmpty()) {
      return;
    }
    String kind = entry.getStatus() == FaqStatus.APPROVED ? "approved" : "rejected";
    Object[] values = {
      entry.getQuestion(),
      entry.getReviewedBy().getName(),
      entry.getRejectionReason() == null ? "" : entry.getRejectionReason()
    };
    Object[] escaped = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      escaped[i] = escape(String.valueOf(values[i]));
    }
    Locale locale = Locale.forLanguageTag(entry.getRequestedBy().getLanguage());
    // No fallback to the server's default locale: pt-BR is the base bundle, not mail_en.
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    ComposedEmail email =
        new ComposedEmail(
            format(bundle, kind + ".subject", locale, values),
            format(bundle, kind + ".text", locale, values),
            format(bundle, kind + ".html", locale, escaped));
    Long caseId = entry.getSourceCase() == null ? null : entry.getSourceCase().getId();
    outbox.queue("faq-" + kind + ":" + entry.getId(), caseId, recipient, email);
  }

  private static String format(ResourceBundle bundle, String key, Locale locale, Object[] values) {
    return new MessageFormat(bundle.getString(key), locale).format(values);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n' -> out.append("<br>");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }
}
