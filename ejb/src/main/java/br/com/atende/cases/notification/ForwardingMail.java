package br.com.atende.cases.notification;

import br.com.atende.cases.model.AccessRule;
import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.Forwarding;
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
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The forwarding email (SPEC C6): tells the new holder, or each member of the group the case went
 * to whose clearance reaches its level, that a case is now theirs and why. Written in each
 * recipient agent's language, queued in the forward's transaction like every case email.
 */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ForwardingMail {

  @Inject private MailOutbox outbox;

  /** Queues one email per recipient with a valid address; returns how many were queued. */
  public int queue(Case supportCase, Forwarding row, Collection<Agent> recipients) {
    int queued = 0;
    for (Agent recipient : recipients) {
      Optional<String> address = EmailAddresses.valid(recipient.getEmail());
      if (address.isEmpty() || recipient.isSameAs(row.getBy()) || !maySee(recipient, supportCase)) {
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

  /**
   * A member of a group the case went to whose clearance does not reach the case's level learns
   * nothing of it by email either (SPEC C4): the case waits in the queue of those who may see it.
   */
  private static boolean maySee(Agent recipient, Case supportCase) {
    return AccessRule.maySee(
        recipient.getClearance(),
        recipient.getId(),
        supportCase.getAccessLevel(),
        supportCase.getHolderId());
  }

  /**
   * Queues the forwarding email to extra addresses a workflow step names (the seed's
   * ENVIAEMAILREPASSE), in Portuguese: no agent behind them tells another language. Invalid
   * addresses are skipped; returns how many were queued.
   */
  public int queueToAddresses(Case supportCase, Forwarding row, Collection<String> addresses) {
    int queued = 0;
    // The event key names the address by its place in the sorted list: an address may be longer
    // than the key column, and one hand-over never repeats.
    List<String> sorted = addresses.stream().distinct().sorted().toList();
    for (int i = 0; i < sorted.size(); i++) {
      Optional<String> address = EmailAddresses.valid(sorted.get(i));
      if (address.isEmpty()) {
        continue;
      }
      outbox.queue(
          "case-forwarded:" + row.getId() + ":extra:" + i,
          supportCase.getId(),
          address.get(),
          compose(supportCase, row, address.get(), Locale.forLanguageTag("pt-BR")));
      queued++;
    }
    return queued;
  }

  private static ComposedEmail compose(Case supportCase, Forwarding row, Agent recipient) {
    return compose(
        supportCase, row, recipient.getName(), Locale.forLanguageTag(recipient.getLanguage()));
  }

  private static ComposedEmail compose(
      Case supportCase, Forwarding row, String recipientName, Locale locale) {
    // No fallback to the server's default locale: a pt-BR reader must never get the English text.
    ResourceBundle text = MailTemplates.bundle(locale);
    String kind = row.getKind().name();
    Object[] values = {
      supportCase.getNumber(),
      supportCase.getSubject(),
      recipientName,
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
