package br.com.atende.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;

/** Writes time entries around the service, to see what the database itself refuses. */
@Stateless
@PermitAll
public class TimeRows {

  @PersistenceContext private EntityManager em;

  /**
   * Inserts an entry row directly, in a transaction of its own, which fails when the database
   * refuses the row.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void insertDirectly(long caseId, long agentId, LocalDateTime start, LocalDateTime end) {
    em.createNativeQuery(
            "INSERT INTO time_entry (id, case_id, agent_id, start_at, end_at, minutes, nature,"
                + " description, created_at, version)"
                + " VALUES (?5, ?1, ?2, ?3, ?4, 1, 'REMOTE', 'x', ?3, 0)")
        .setParameter(1, caseId)
        .setParameter(2, agentId)
        .setParameter(3, start)
        .setParameter(4, end)
        // Far above the sequence's ids, so as not to meet one the application will hand out.
        .setParameter(5, 4_000_000_000_000L + System.nanoTime() % 1_000_000_000L)
        .executeUpdate();
    em.flush();
  }
}
