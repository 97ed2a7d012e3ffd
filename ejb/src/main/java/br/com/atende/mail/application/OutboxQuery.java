package br.com.atende.mail.application;

import br.com.atende.mail.model.OutboundEmail;
import br.com.atende.mail.model.SecretLinks;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The administrator's view of the outbox: what is pending, sent or failed, newest first, and each
 * email's text. In the demo this is also where a person reads the mail Atende sent.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class OutboxQuery {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private Event<MailQueued> queued;

  /** One page of the outbox, newest first; only emails of {@code status} unless it is null. */
  public List<OutboxEntry> list(OutboundEmail.Status status, PageRequest page) {
    TypedQuery<OutboxEntry> query =
        em.createQuery(
            "SELECT NEW br.com.atende.mail.application.OutboxEntry(e.id, e.recipient, e.subject,"
                + " e.status, e.attempts, e.createdAt, e.sentAt, e.lastError)"
                + " FROM OutboundEmail e"
                + (status == null ? "" : " WHERE e.status = :status")
                + " ORDER BY e.createdAt DESC, e.id DESC",
            OutboxEntry.class);
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
  }

  public List<OutboxEntry> list(PageRequest page) {
    return list(null, page);
  }

  public long count(OutboundEmail.Status status) {
    TypedQuery<Long> count =
        em.createQuery(
            "SELECT COUNT(e) FROM OutboundEmail e"
                + (status == null ? "" : " WHERE e.status = :status"),
            Long.class);
    if (status != null) {
      count.setParameter("status", status);
    }
    return count.getSingleResult();
  }

  public long count() {
    return count(null);
  }

  /** Sends a FAILED email again (a fresh round of attempts), right after this commits. */
  public void retry(long emailId) {
    OutboundEmail email = em.find(OutboundEmail.class, emailId, LockModeType.PESSIMISTIC_WRITE);
    if (email == null) {
      throw new NotFoundException();
    }
    email.retry(LocalDateTime.now(clock));
    em.flush();
    queued.fire(new MailQueued(emailId));
  }

  /**
   * The plain-text body of one email, its links' tokens masked: an administrator reads what was
   * sent, but may not act as the client through a link still waiting to be sent.
   */
  public String text(long emailId) {
    OutboundEmail email = em.find(OutboundEmail.class, emailId);
    if (email == null) {
      throw new NotFoundException();
    }
    return SecretLinks.masked(email.getBodyText());
  }
}
