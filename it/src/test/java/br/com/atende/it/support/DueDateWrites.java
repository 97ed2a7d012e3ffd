package br.com.atende.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;

/**
 * Puts a case's due date where a test needs it, past dates included: the services refuse a due date
 * in the past on opening, and the status rule sets its own.
 */
@Stateless
@PermitAll
public class DueDateWrites {

  @PersistenceContext private EntityManager em;

  public void dueOn(long caseId, LocalDateTime dueDate) {
    em.createQuery("UPDATE Case c SET c.schedule.dueDate = :due WHERE c.id = :id")
        .setParameter("due", dueDate)
        .setParameter("id", caseId)
        .executeUpdate();
  }
}
