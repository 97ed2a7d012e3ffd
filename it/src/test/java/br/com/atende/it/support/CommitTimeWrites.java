package br.com.atende.it.support;

import br.com.atende.cases.model.Case;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Changes a case the way a service that never flushes does: the UPDATE is written only while the
 * transaction commits, which is when the entity listener behind live updates first hears of it.
 */
@Stateless
@PermitAll
public class CommitTimeWrites {

  @PersistenceContext private EntityManager em;

  public void flagOverdue(long caseId) {
    em.find(Case.class, caseId).flagOverdue(java.time.LocalDateTime.now());
  }
}
