package br.com.atende.mail.application;

import br.com.atende.cluster.ServerInstances;
import br.com.atende.mail.model.OutboundEmail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The outbox row's state changes around one send, each committed on its own: the claim before the
 * SMTP hand-over, the outcome after it. Nothing is locked while the SMTP server is talked to.
 */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxRows {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  /**
   * Claims a due email for one sender (row lock, then SENDING committed); empty when it is not due
   * or another sender has it.
   */
  public Optional<OutboundEmail> claim(long emailId) {
    OutboundEmail email = em.find(OutboundEmail.class, emailId, LockModeType.PESSIMISTIC_WRITE);
    if (email == null || !email.claim(ServerInstances.THIS, LocalDateTime.now(clock))) {
      return Optional.empty();
    }
    em.flush();
    em.detach(email);
    return Optional.of(email);
  }

  /** A file an email carries: its name, type and where its bytes are stored. */
  public record OutgoingFile(String fileName, String contentType, String storageKey) {}

  @SuppressWarnings("unchecked")
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<OutgoingFile> filesOf(long emailId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT a.file_name, a.content_type, a.storage_key FROM attachment a"
                    + " JOIN outbound_email_attachment o ON o.attachment_id = a.id"
                    + " WHERE o.outbound_email_id = ?1 ORDER BY a.id")
            .setParameter(1, emailId)
            .getResultList();
    return rows.stream()
        .map(r -> new OutgoingFile((String) r[0], (String) r[1], (String) r[2]))
        .toList();
  }

  /**
   * Records that this server instance is about to write the end of the email's data (see {@link
   * OutboundEmail#handingOver}); throws when the claim is no longer its own, and the email is then
   * not handed over.
   */
  public void handingOver(long emailId, String messageId) {
    em.find(OutboundEmail.class, emailId, LockModeType.PESSIMISTIC_WRITE)
        .handingOver(ServerInstances.THIS, messageId, LocalDateTime.now(clock));
  }

  public void sent(long emailId, String messageId) {
    em.find(OutboundEmail.class, emailId, LockModeType.PESSIMISTIC_WRITE)
        .markSent(messageId, LocalDateTime.now(clock));
  }

  /**
   * The code of the company an email speaks for (its case's), which chooses its From; none for mail
   * about no case.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<String> companyCodeOf(Long caseId) {
    if (caseId == null) {
      return Optional.empty();
    }
    return em
        .createNativeQuery(
            "SELECT co.code FROM support_case c JOIN company co ON co.id = c.company_id"
                + " WHERE c.id = ?1")
        .setParameter(1, caseId)
        .getResultList()
        .stream()
        .map(String::valueOf)
        .findFirst();
  }

  /** An email that left and whose bounce just came back; empty when none left with that id. */
  public record BouncedEmail(long caseId, String recipient, String subject) {}

  /**
   * Marks bounced the email of a case that left with one of the Message-IDs (a bounce names the
   * email it answers); returns it, or empty when none of Atende's case emails has such an id. In
   * the caller's transaction: the bounce is recorded as read in the same one.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Optional<BouncedEmail> bounced(List<String> messageIds, String reason) {
    if (messageIds.isEmpty()) {
      return Optional.empty();
    }
    // The id first, then the row locked: H2 refuses FOR UPDATE together with LIMIT.
    List<Long> found =
        em.createQuery(
                "SELECT e.id FROM OutboundEmail e WHERE e.messageId IN :ids AND e.caseId IS NOT NULL"
                    + " ORDER BY e.id",
                Long.class)
            .setParameter("ids", messageIds)
            .setMaxResults(1)
            .getResultList();
    return found.stream()
        .findFirst()
        .map(id -> em.find(OutboundEmail.class, id, LockModeType.PESSIMISTIC_WRITE))
        .map(
            email -> {
              email.markBounced(reason, LocalDateTime.now(clock));
              return new BouncedEmail(email.getCaseId(), email.getRecipient(), email.getSubject());
            });
  }

  /** See {@link OutboundEmail#markUnanswered}. */
  public void unanswered(long emailId) {
    em.find(OutboundEmail.class, emailId, LockModeType.PESSIMISTIC_WRITE).markUnanswered();
  }

  public void failed(long emailId, String error) {
    em.find(OutboundEmail.class, emailId, LockModeType.PESSIMISTIC_WRITE)
        .markFailed(error, LocalDateTime.now(clock), MailSettings.firstRetry());
  }

  /**
   * Makes due again every email claimed by one of these instances, known to be gone, that it had
   * not handed over, and records SENT those it had (see {@link OutboundEmail}); returns how many.
   */
  public int recoverClaimsOf(List<String> goneInstances) {
    if (goneInstances.isEmpty()) {
      return 0;
    }
    List<OutboundEmail> claims =
        em.createQuery(
                "SELECT e FROM OutboundEmail e WHERE e.status = :sending AND e.claimedBy IN :gone",
                OutboundEmail.class)
            .setParameter("sending", OutboundEmail.Status.SENDING)
            .setParameter("gone", goneInstances)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    LocalDateTime now = LocalDateTime.now(clock);
    claims.forEach(email -> email.recoverClaimOf(email.getClaimedBy(), now));
    return claims.size();
  }

  /**
   * Leaves FAILED (outcome unknown) every email claimed before the cut-off and never finished;
   * returns how many.
   */
  public int abandonClaimsBefore(LocalDateTime cutOff) {
    List<OutboundEmail> stale =
        em.createQuery(
                "SELECT e FROM OutboundEmail e WHERE e.status = :sending AND e.sendingSince <= :cutOff",
                OutboundEmail.class)
            .setParameter("sending", OutboundEmail.Status.SENDING)
            .setParameter("cutOff", cutOff)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    stale.forEach(email -> email.abandonStaleClaim(cutOff));
    return stale.size();
  }
}
