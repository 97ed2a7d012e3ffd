package br.com.atende.it.support;

import br.com.atende.party.model.Party;
import br.com.atende.party.model.PartyKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.CountDownLatch;

/**
 * Another agent registering a party at the same moment as the test's, in a transaction of its own.
 */
@Stateless
@PermitAll
public class ConcurrentParties {

  @PersistenceContext private EntityManager em;

  /**
   * Writes a party with this tax id, says so, and keeps its transaction open for a while before
   * committing: a registration meanwhile finds no such party yet, and its write waits for this one.
   */
  public void registerAndHold(String taxId, CountDownLatch written, long holdMillis)
      throws InterruptedException {
    em.persist(new Party(PartyKind.CUSTOMER_SUPPLIER, "Primeiro " + taxId, taxId, null, null));
    em.flush();
    written.countDown();
    Thread.sleep(holdMillis);
  }

  public long partiesWith(String taxId) {
    return em.createQuery("SELECT COUNT(p) FROM Party p WHERE p.taxId = :taxId", Long.class)
        .setParameter("taxId", taxId)
        .getSingleResult();
  }
}
