package br.com.atende.mail.application;

import br.com.atende.mail.model.OutboundEmail;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The administrator's view of the outbox: what is pending, sent or failed, newest first, and each
 * email's text. In the demo this is also where a person reads the mail Atende sent.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class OutboxQuery {

  @PersistenceContext private EntityManager em;

  public List<OutboxEntry> list(PageRequest page) {
    return em.createQuery(
            "SELECT NEW br.com.atende.mail.application.OutboxEntry(e.id, e.recipient, e.subject, e.status,"
                + " e.attempts, e.createdAt, e.sentAt, e.lastError)"
                + " FROM OutboundEmail e ORDER BY e.createdAt DESC, e.id DESC",
            OutboxEntry.class)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long count() {
    return em.createQuery("SELECT COUNT(e) FROM OutboundEmail e", Long.class).getSingleResult();
  }

  /** The plain-text body of one email. */
  public String text(long emailId) {
    OutboundEmail email = em.find(OutboundEmail.class, emailId);
    if (email == null) {
      throw new NotFoundException();
    }
    return email.getBodyText();
  }
}
