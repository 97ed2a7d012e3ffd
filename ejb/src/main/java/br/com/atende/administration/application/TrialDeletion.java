package br.com.atende.administration.application;

import br.com.atende.organization.model.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Deletes a record in a transaction of its own, and says whether the database let it: a record that
 * anything refers to (cases, agents, forwards, time entries, settings …) is refused by the foreign
 * keys, and the caller deactivates it instead. Asking the database rather than listing the
 * referring tables here keeps the rule true when a new table refers to the record.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class TrialDeletion {

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean delete(Class<?> type, long id) {
    Object record = em.find(type, id);
    if (record == null) {
      return false;
    }
    try {
      em.remove(record);
      em.flush();
      return true;
    } catch (PersistenceException referredTo) {
      context.setRollbackOnly();
      return false;
    }
  }
}
