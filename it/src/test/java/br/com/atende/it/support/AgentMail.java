package br.com.atende.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The emails the outbox holds for one agent's address about one case, as the agent reads them. */
@Stateless
@PermitAll
public class AgentMail {

  @PersistenceContext private EntityManager em;

  /** The subjects of the case's emails to this address, oldest first. */
  public List<String> subjectsTo(String address, long caseId) {
    return em.createQuery(
            "SELECT e.subject FROM OutboundEmail e WHERE e.caseId = :case"
                + " AND e.recipient = :address ORDER BY e.id",
            String.class)
        .setParameter("case", caseId)
        .setParameter("address", address)
        .getResultList();
  }
}
