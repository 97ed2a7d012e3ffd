package br.com.atende.cases.intake;

import br.com.atende.mail.application.ReplyTokens;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Imports one received email in a transaction of its own, recording its key in {@code
 * inbound_message} in the same transaction: an email already recorded is skipped, so reading the
 * mailbox twice (or a message delivered twice) imports it once.
 */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class InboundImporter {

  /** What became of an email. */
  public enum Outcome {
    /** Already imported before: nothing done. */
    DUPLICATE,
    /** Appended to the case it answers. */
    REPLY,
    /** Opened a new case. */
    NEW_CASE,
    /** No valid sender address: recorded, not imported. */
    IGNORED
  }

  @PersistenceContext private EntityManager em;

  @Inject private EmailIntake intake;

  @Inject private ReplyTokens replyTokens;

  @Inject private Clock clock;

  public Outcome importOne(InboundEmail email, EmailIntake.Defaults defaults) {
    long seen =
        em.createQuery("SELECT COUNT(m) FROM InboundMessage m WHERE m.messageId = :key", Long.class)
            .setParameter("key", email.key())
            .getSingleResult();
    if (seen > 0) {
      return Outcome.DUPLICATE;
    }
    Long caseId = null;
    Outcome outcome;
    if (email.from().isEmpty()) {
      outcome = Outcome.IGNORED;
    } else {
      String from = email.from().get();
      Optional<Long> answered =
          replyTokens.caseNamedBy(email.answers()).filter(id -> intake.isClientAddressOf(id, from));
      if (answered.isPresent()) {
        caseId = answered.get();
        intake.appendClientReply(caseId, from, email.text());
        outcome = Outcome.REPLY;
      } else {
        caseId = intake.openFromEmail(defaults, from, email.subject(), email.text()).id();
        outcome = Outcome.NEW_CASE;
      }
    }
    em.persist(new InboundMessage(email.key(), caseId, LocalDateTime.now(clock), outcome.name()));
    em.flush();
    return outcome;
  }
}
