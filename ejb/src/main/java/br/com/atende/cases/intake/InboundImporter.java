package br.com.atende.cases.intake;

import br.com.atende.cases.attachment.PostAttachments;
import br.com.atende.mail.application.OutboxRows;
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
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports one received email in a transaction of its own, recording its key in {@code
 * inbound_message} in the same transaction: an email already recorded is skipped, so reading the
 * mailbox twice (or a message delivered twice) imports it once.
 */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class InboundImporter {

  /**
   * The case number Atende's subjects carry, in either language: what matches a reply whose mail
   * program dropped In-Reply-To and References ("RES: [Atendimento 2026-000123] …").
   */
  private static final Pattern SUBJECT_TOKEN =
      Pattern.compile("\\[(?:Atendimento|Case)\\s+(\\d{4}-\\d{6})\\]", Pattern.CASE_INSENSITIVE);

  /** What became of an email. */
  public enum Outcome {
    /** Already imported before: nothing done. */
    DUPLICATE,
    /** Appended to the case it answers. */
    REPLY,
    /** Opened a new case. */
    NEW_CASE,
    /** No valid sender address: recorded, not imported. */
    IGNORED,
    /** An automatic answer (out of office and the like): recorded, never a case or a reply. */
    AUTO_REPLY,
    /** A delivery-status report: the email it names marked bounced on its case. */
    BOUNCE,
    /** Atende's own mail come back, or mail from the support address: dropped. */
    LOOP,
    /** Could not be read (undecodable, too large): kept aside for administrators, not retried. */
    KEPT_ASIDE,
    /**
     * Names a case, but its sender is not the case's client: waits for an agent to accept or reject
     * it.
     */
    QUARANTINED,
    /** A quarantined reply an agent accepted: it became the case's client reply. */
    ACCEPTED,
    /** A quarantined reply an agent rejected. */
    REJECTED
  }

  @PersistenceContext private EntityManager em;

  @Inject private EmailIntake intake;

  @Inject private ReplyTokens replyTokens;

  @Inject private OutboxRows outbox;

  @Inject private Clock clock;

  @Inject private PostAttachments attachments;

  public Outcome importOne(InboundEmail email, EmailIntake.Defaults defaults) {
    if (seen(email.key())) {
      return Outcome.DUPLICATE;
    }
    Long caseId = null;
    Outcome outcome;
    String reason = null;
    switch (email.kind()) {
      case LOOP -> outcome = Outcome.LOOP;
      case AUTO_REPLY -> outcome = Outcome.AUTO_REPLY;
      case BOUNCE -> {
        outcome = Outcome.BOUNCE;
        reason = email.reason();
        Optional<OutboxRows.BouncedEmail> bounced = outbox.bounced(email.bounced(), reason);
        if (bounced.isPresent()) {
          caseId = bounced.get().caseId();
          intake.recordBounce(bounced.get(), email);
        }
      }
      default -> {
        if (email.from().isEmpty()) {
          outcome = Outcome.IGNORED;
        } else {
          String from = email.from().get();
          Optional<Long> named =
              replyTokens
                  .caseNamedBy(email.answers())
                  .or(() -> caseNamedBySubject(email.subject(), defaults));
          if (named.isPresent() && intake.isClientAddressOf(named.get(), from)) {
            caseId = named.get();
            intake.appendClientReply(caseId, email);
            outcome = Outcome.REPLY;
          } else if (named.isPresent()) {
            // Someone else answering (a colleague of the client, a forwarded thread): it may
            // belong to the case, which only an agent can tell. Its files wait with it.
            InboundMessage held =
                InboundMessage.quarantined(email, named.get(), LocalDateTime.now(clock));
            em.persist(held);
            em.flush();
            List<String> refused = attachments.hold(held.getId(), email.files());
            held.filesRefused(refused.isEmpty() ? null : String.join(", ", refused));
            em.flush();
            return Outcome.QUARANTINED;
          } else {
            caseId = intake.openFromEmail(defaults, email).id();
            outcome = Outcome.NEW_CASE;
          }
        }
      }
    }
    em.persist(
        new InboundMessage(
            email.key(),
            caseId,
            LocalDateTime.now(clock),
            outcome.name(),
            email.senderLabel(),
            email.subject(),
            reason));
    em.flush();
    return outcome;
  }

  /**
   * Records a message that could not be read, once: a later round finds it recorded and only flags
   * it read, so it is neither retried forever nor lost from the administrators' sight.
   */
  public Outcome keepAside(InboundEmail.KeptAside message) {
    if (seen(message.key())) {
      return Outcome.DUPLICATE;
    }
    em.persist(
        new InboundMessage(
            message.key(),
            null,
            LocalDateTime.now(clock),
            Outcome.KEPT_ASIDE.name(),
            message.sender(),
            message.subject(),
            message.reason()));
    em.flush();
    return Outcome.KEPT_ASIDE;
  }

  /** Whether a message of that key was handled already. */
  public boolean seen(String key) {
    return em.createQuery(
                "SELECT COUNT(m) FROM InboundMessage m WHERE m.messageId = :key", Long.class)
            .setParameter("key", key)
            .getSingleResult()
        > 0;
  }

  /** The case of the company cases from email go to whose number the subject names. */
  private Optional<Long> caseNamedBySubject(String subject, EmailIntake.Defaults defaults) {
    Matcher token = SUBJECT_TOKEN.matcher(subject);
    return token.find() ? intake.caseNumbered(defaults, token.group(1)) : Optional.empty();
  }
}
