package br.com.atende.mail.application;

import br.com.atende.mail.model.OutboundEmail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes emails to the outbox inside the caller's transaction: the email exists if and only if the
 * change it tells about was committed.
 */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MailOutbox {

  @PersistenceContext private EntityManager em;

  @Inject private Event<MailQueued> queued;

  @Inject private Clock clock;

  public void queue(String eventKey, Long caseId, String recipient, ComposedEmail email) {
    queue(eventKey, caseId, recipient, email, List.of());
  }

  /**
   * Queues an email that carries files of its case (attachments already stored, named by id; the
   * caller checked they belong to the case and their size).
   */
  public void queue(
      String eventKey,
      Long caseId,
      String recipient,
      ComposedEmail email,
      List<Long> attachmentIds) {
    queue(eventKey, caseId, recipient, email, attachmentIds, true);
  }

  /**
   * Queues an email an agent wrote (with files of its case, as above): the one kind of Atende's
   * mail that is not automatic, so a client's vacation responder may answer it.
   */
  public void queueWrittenByAgent(
      String eventKey,
      Long caseId,
      String recipient,
      ComposedEmail email,
      List<Long> attachmentIds) {
    queue(eventKey, caseId, recipient, email, attachmentIds, false);
  }

  private void queue(
      String eventKey,
      Long caseId,
      String recipient,
      ComposedEmail email,
      List<Long> attachmentIds,
      boolean automatic) {
    String address =
        EmailAddresses.valid(recipient)
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
    if (!automatic) {
      outbound.writtenByAgent();
    }
    em.persist(outbound);
    em.flush();
    for (Long attachmentId : attachmentIds) {
      em.createNativeQuery(
              "INSERT INTO outbound_email_attachment (outbound_email_id, attachment_id)"
                  + " VALUES (?1, ?2)")
          .setParameter(1, outbound.getId())
          .setParameter(2, attachmentId)
          .executeUpdate();
    }
    queued.fire(new MailQueued(outbound.getId()));
  }
}
