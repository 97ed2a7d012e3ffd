package br.com.atende.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * What the attachment rows of a case hold beyond what the pages show (where the bytes are, their
 * SHA-256), read without the access rule, so tests can check the storage itself.
 */
@Stateless
@PermitAll
public class AttachmentRows {

  @PersistenceContext(unitName = "atende")
  private EntityManager em;

  /** Storage key and SHA-256 of each attachment of the case, in the order they were stored. */
  @SuppressWarnings("unchecked")
  public List<Object[]> storageOf(long caseId) {
    return em.createNativeQuery(
            "SELECT storage_key, sha256 FROM attachment WHERE case_id = ?1 ORDER BY id")
        .setParameter(1, caseId)
        .getResultList();
  }
}
