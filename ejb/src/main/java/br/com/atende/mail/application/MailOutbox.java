package br.com.atende.mail.application;

import jakarta.annotation.security.PermitAll;
import br.com.atende.mail.model.OutboundEmail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Writes emails to the outbox inside the caller's transaction: the email exists if and only if the change it
 * tells about was committed.
 */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MailOutbox {

  @PersistenceContext private EntityManager em;

  @Inject private Event<MailQueued> queued;

  @Inject private Clock clock;

  /**
   * A single, syntactically valid address (RFC 822, no display-name tricks, no line breaks), or empty. Only
   * such addresses ever reach a mail header.
   */
  public static Optional<String> validAddress(String candidate) {
    if (candidate == null || candidate.isBlank() || candidate.chars().anyMatch(Character::isISOControl)) {
      return Optional.empty();
    }
    try {
      InternetAddress[] parsed = InternetAddress.parse(candidate.strip(), true);
      if (parsed.length != 1) {
        return Optional.empty();
      }
      parsed[0].validate();
      return Optional.of(parsed[0].getAddress());
    } catch (AddressException e) {
      return Optional.empty();
    }
  }

  public void queue(String eventKey, Long caseId, String recipient, ComposedEmail email) {
    String address =
        validAddress(recipient)
            .orElseThrow(() -> new IllegalArgumentException("not a valid address: " + recipient));
    OutboundEmail outbound =
        new OutboundEmail(
            eventKey,
            caseId,
            address,
            email.subject(),
            email.text(),
            email.html(),
            LocalDateTime.now(clock));
    em.persist(outbound);
    em.flush();
    queued.fire(new MailQueued(outbound.getId()));
  }
}
