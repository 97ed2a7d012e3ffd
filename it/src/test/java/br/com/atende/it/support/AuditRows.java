package br.com.atende.it.support;

import br.com.atende.shared.Database;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * What the audit-trail tests do beneath the services, as someone with database access would: read a
 * case's audit rows and their seals, rewrite one row's value by SQL (on PostgreSQL as the table's
 * owner, who may switch the append-only trigger off for the statement), and try a plain UPDATE or
 * DELETE as the application's role.
 */
@Stateless
@PermitAll
public class AuditRows {

  @PersistenceContext private EntityManager em;

  @Inject private Database database;

  /** The case's audit rows, oldest first: id, new value, place in the chain (null: unsealed). */
  @SuppressWarnings("unchecked")
  public List<Object[]> of(long caseId) {
    return em.createNativeQuery(
            "SELECT id, new_value, chain_seq, field_name FROM case_audit WHERE case_id = ?1"
                + " ORDER BY id")
        .setParameter(1, caseId)
        .getResultList();
  }

  /**
   * Rewrites the row's new value past the trigger, as the table's owner could, committed at once
   * (the trigger is off only inside this transaction).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void rewrite(long auditId, String newValue) {
    if (database.isPostgreSQL()) {
      em.createNativeQuery("ALTER TABLE case_audit DISABLE TRIGGER case_audit_append_only")
          .executeUpdate();
    }
    int updated =
        em.createNativeQuery("UPDATE case_audit SET new_value = ?1 WHERE id = ?2")
            .setParameter(1, newValue)
            .setParameter(2, auditId)
            .executeUpdate();
    if (database.isPostgreSQL()) {
      em.createNativeQuery("ALTER TABLE case_audit ENABLE TRIGGER case_audit_append_only")
          .executeUpdate();
    }
    if (updated != 1) {
      throw new IllegalStateException("no audit row " + auditId);
    }
  }

  /** A plain UPDATE of the row's value, in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int update(long auditId, String newValue) {
    return em.createNativeQuery("UPDATE case_audit SET new_value = ?1 WHERE id = ?2")
        .setParameter(1, newValue)
        .setParameter(2, auditId)
        .executeUpdate();
  }

  /** A second seal over a sealed row, in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int reseal(long auditId) {
    return em.createNativeQuery("UPDATE case_audit SET row_hash = ?1 WHERE id = ?2")
        .setParameter(1, "0".repeat(64))
        .setParameter(2, auditId)
        .executeUpdate();
  }

  /** A plain DELETE of the row, in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int delete(long auditId) {
    return em.createNativeQuery("DELETE FROM case_audit WHERE id = ?1")
        .setParameter(1, auditId)
        .executeUpdate();
  }
}
