package br.com.atende.cases.overdue;

import br.com.atende.cases.model.Case;
import br.com.atende.mail.application.ComposedEmail;
import br.com.atende.mail.application.EmailAddresses;
import br.com.atende.mail.application.Html;
import br.com.atende.mail.application.MailOutbox;
import br.com.atende.mail.application.MailTemplates;
import br.com.atende.organization.model.Agent;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Tells the holder of a case the sweep just flagged that it is overdue, in the holder's language,
 * through the outbox in the sweep's chunk transaction (a chunk rolled back sends nothing). A case
 * no agent holds (unheld, or held by a group) has no one to tell: its department's queue and the
 * supervisor's "Hoje" tab show it.
 */
@Dependent
public class OverdueNotice {

  @Inject private MailOutbox outbox;

  /** Queues the notice; {@code sweep} names the run, so that one run tells once per case. */
  public boolean queue(Case supportCase, long sweep) {
    Agent holder = supportCase.getHolder();
    if (holder == null || !holder.isActive()) {
      return false;
    }
    Optional<String> address = EmailAddresses.valid(holder.getEmail());
    if (address.isEmpty()) {
      return false;
    }
    outbox.queue(
        "case-overdue:" + supportCase.getId() + ":" + sweep,
        supportCase.getId(),
        address.get(),
        compose(supportCase, holder));
    return true;
  }

  private static ComposedEmail compose(Case supportCase, Agent holder) {
    // No fallback to the server's default locale: a pt-BR reader must never get the English text.
    Locale locale = Locale.forLanguageTag(holder.getLanguage());
    ResourceBundle text = MailTemplates.bundle(locale);
    Object[] values = {
      supportCase.getNumber(),
      supportCase.getSubject(),
      holder.getName(),
      supportCase.getParty().getName(),
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
          .withLocale(locale)
          .format(supportCase.getDueDate())
    };
    Object[] escaped = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      escaped[i] = Html.escape(String.valueOf(values[i]));
    }
    return new ComposedEmail(
        format(text, "overdue.subject", locale, values),
        format(text, "overdue.text", locale, values),
        format(text, "overdue.html", locale, escaped));
  }

  private static String format(ResourceBundle bundle, String key, Locale locale, Object[] values) {
    return new MessageFormat(bundle.getString(key), locale).format(values);
  }
}
