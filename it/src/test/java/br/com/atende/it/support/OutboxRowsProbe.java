package br.com.atende.it.support;

import br.com.atende.mail.model.OutboundEmail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

/** What the outbox holds for given cases, read straight from the table. */
@Stateless
@PermitAll
public class OutboxRowsProbe {

  @PersistenceContext(unitName = "atende")
  private EntityManager em;

  public List<OutboundEmail> ofCases(Collection<Long> caseIds) {
    return em.createQuery(
            "SELECT e FROM OutboundEmail e WHERE e.caseId IN :cases ORDER BY e.id",
            OutboundEmail.class)
        .setParameter("cases", caseIds)
        .getResultList();
  }

  public long countWithEventKey(String eventKey) {
    return em.createQuery(
            "SELECT COUNT(e) FROM OutboundEmail e WHERE e.eventKey = :key", Long.class)
        .setParameter("key", eventKey)
        .getSingleResult();
  }

  public long countCasesWithSubject(String subject) {
    return em.createQuery("SELECT COUNT(c) FROM Case c WHERE c.subject = :subject", Long.class)
        .setParameter("subject", subject)
        .getSingleResult();
  }

  public long countCasesWithSubjectLike(String subjectPrefix) {
    return em.createQuery("SELECT COUNT(c) FROM Case c WHERE c.subject LIKE :subject", Long.class)
        .setParameter("subject", subjectPrefix + "%")
        .getSingleResult();
  }
}
