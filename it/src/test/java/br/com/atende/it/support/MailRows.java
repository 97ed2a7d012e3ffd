package br.com.atende.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Rows of the mail flows read (or, to stand in for the passing of time, moved) straight in the
 * database.
 */
@Stateless
@PermitAll
public class MailRows {

  @PersistenceContext(unitName = "atende")
  private EntityManager em;

  /** Makes every answer link of the case expired, as if its validity had run out. */
  public void expireLinksOf(long caseId) {
    em.createNativeQuery(
            "UPDATE case_response_token SET expires_at = created_at WHERE case_id = ?1")
        .setParameter(1, caseId)
        .executeUpdate();
  }

  /** The ratings of a case as "rating|comment". */
  @SuppressWarnings("unchecked")
  public List<String> ratingsOf(long caseId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT rating, rating_comment FROM satisfaction_rating WHERE case_id = ?1 ORDER BY id")
            .setParameter(1, caseId)
            .getResultList();
    return rows.stream().map(r -> ((Number) r[0]).intValue() + "|" + r[1]).toList();
  }

  /** How many emails the case's outbox holds whose event key starts with the prefix. */
  public long emailsOf(long caseId, String eventPrefix) {
    return em.createQuery(
            "SELECT COUNT(e) FROM OutboundEmail e WHERE e.caseId = :case AND e.eventKey LIKE :prefix",
            Long.class)
        .setParameter("case", caseId)
        .setParameter("prefix", eventPrefix + "%")
        .getSingleResult();
  }

  /** The ids of the cases with exactly this subject. */
  public List<Long> casesWithSubject(String subject) {
    return em.createQuery(
            "SELECT c.id FROM Case c WHERE c.subject = :subject ORDER BY c.id", Long.class)
        .setParameter("subject", subject)
        .getResultList();
  }

  /** How many discussion entries of the case are client replies. */
  public long clientRepliesOf(long caseId) {
    return em.createQuery(
            "SELECT COUNT(d) FROM DiscussionEntry d WHERE d.supportCase.id = :case"
                + " AND d.kind = :kind",
            Long.class)
        .setParameter("case", caseId)
        .setParameter("kind", br.com.atende.cases.model.DiscussionKind.CLIENT_REPLY)
        .getSingleResult();
  }

  /**
   * Puts an email in the state a sender leaves it in when the server stops right after handing it
   * to SMTP: claimed (SENDING) since long ago, never finished.
   */
  public void claimedLongAgo(String eventKey) {
    em.createNativeQuery(
            "UPDATE outbound_email SET status = 'SENDING', sending_since = ?1 WHERE event_key = ?2")
        .setParameter(1, java.time.LocalDateTime.now().minusHours(1))
        .setParameter(2, eventKey)
        .executeUpdate();
  }

  /**
   * Puts an email in the state a sender leaves it in when its server dies while handing it to SMTP:
   * claimed (SENDING) a minute ago by that server instance, never finished.
   */
  public void claimedBy(String eventKey, String instance) {
    em.createNativeQuery(
            "UPDATE outbound_email SET status = 'SENDING', sending_since = ?1, claimed_by = ?2"
                + " WHERE event_key = ?3")
        .setParameter(1, java.time.LocalDateTime.now().minusMinutes(1))
        .setParameter(2, instance)
        .setParameter(3, eventKey)
        .executeUpdate();
  }

  /**
   * Puts a claimed email in the state its sender leaves it in just before writing the end of its
   * data to SMTP: handed over, with its Message-ID.
   */
  public void handedOver(String eventKey, String messageId) {
    em.createNativeQuery(
            "UPDATE outbound_email SET handed_over_at = ?1, message_id = ?2 WHERE event_key = ?3")
        .setParameter(1, java.time.LocalDateTime.now().minusSeconds(50))
        .setParameter(2, messageId)
        .setParameter(3, eventKey)
        .executeUpdate();
  }

  /**
   * A server instance's row as its heartbeat leaves it: alive until the moment given (in the past
   * for one that is gone).
   */
  public void serverInstance(String instance, java.time.LocalDateTime aliveUntil) {
    em.createNativeQuery(
            "INSERT INTO server_instance (id, started_at, alive_until) VALUES (?1, ?2, ?3)")
        .setParameter(1, instance)
        .setParameter(2, aliveUntil.minusHours(1))
        .setParameter(3, aliveUntil)
        .executeUpdate();
  }

  /** Until when a server instance's row says it runs; empty when it has no row. */
  public java.util.Optional<java.time.LocalDateTime> aliveUntil(String instance) {
    List<?> rows =
        em.createNativeQuery("SELECT alive_until FROM server_instance WHERE id = ?1")
            .setParameter(1, instance)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            t ->
                t instanceof java.sql.Timestamp timestamp
                    ? timestamp.toLocalDateTime()
                    : (java.time.LocalDateTime) t);
  }

  public br.com.atende.mail.model.OutboundEmail email(String eventKey) {
    return em.createQuery(
            "SELECT e FROM OutboundEmail e WHERE e.eventKey = :key",
            br.com.atende.mail.model.OutboundEmail.class)
        .setParameter("key", eventKey)
        .getSingleResult();
  }

  /** Whether the case waits on its agent because the client answered (queue tab "answered"). */
  public boolean awaitsAgent(long caseId) {
    Object flag =
        em.createNativeQuery("SELECT awaiting_agent FROM support_case WHERE id = ?1")
            .setParameter(1, caseId)
            .getSingleResult();
    return Boolean.TRUE.equals(flag) || (flag instanceof Number && ((Number) flag).intValue() == 1);
  }

  /** What became of each received message of that Message-ID ("outcome|sender|subject"). */
  @SuppressWarnings("unchecked")
  public List<String> inbound(String messageId) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT outcome, sender, subject FROM inbound_message WHERE message_id = ?1")
            .setParameter(1, messageId)
            .getResultList();
    return rows.stream().map(r -> r[0] + "|" + r[1] + "|" + r[2]).toList();
  }

  /** The case a received message opened or joined; null while it waits in the quarantine. */
  public Long caseOfInbound(String messageId) {
    List<?> rows =
        em.createNativeQuery("SELECT case_id FROM inbound_message WHERE message_id = ?1")
            .setParameter(1, messageId)
            .getResultList();
    return rows.isEmpty() || rows.get(0) == null ? null : ((Number) rows.get(0)).longValue();
  }

  /** The sender recorded on the case an email opened. */
  public String emailSenderOf(long caseId) {
    return (String)
        em.createNativeQuery("SELECT email_sender FROM support_case WHERE id = ?1")
            .setParameter(1, caseId)
            .getSingleResult();
  }

  /** How many emails the outbox holds to any of the addresses (an email's row is its sending). */
  public long emailsTo(List<String> addresses) {
    return em.createQuery(
            "SELECT COUNT(e) FROM OutboundEmail e WHERE LOWER(e.recipient) IN :addresses",
            Long.class)
        .setParameter("addresses", addresses.stream().map(String::toLowerCase).toList())
        .getSingleResult();
  }

  /** The storage keys of the files held with a quarantined message of that Message-ID. */
  @SuppressWarnings("unchecked")
  public List<String> heldFilesOf(String messageId) {
    return ((List<Object>)
            em.createNativeQuery(
                    "SELECT h.storage_key FROM held_file h JOIN inbound_message m"
                        + " ON m.id = h.inbound_message_id WHERE m.message_id = ?1")
                .setParameter(1, messageId)
                .getResultList())
        .stream().map(String::valueOf).toList();
  }

  /** The mailbox password as the database keeps it (sealed), or null when none is saved. */
  public String sealedMailboxPassword() {
    List<?> rows =
        em.createNativeQuery("SELECT password_sealed FROM inbound_mailbox").getResultList();
    return rows.isEmpty() ? null : (String) rows.get(0);
  }
}
