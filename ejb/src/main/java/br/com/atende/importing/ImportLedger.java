package br.com.atende.importing;

import br.com.atende.organization.model.Role;
import br.com.atende.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;

/**
 * The import rows, each change in a transaction of its own: an import and its file are committed
 * before its job starts (the job runs in another thread and must find them), the execution id is
 * recorded after.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ImportLedger {

  @PersistenceContext private EntityManager em;

  public long create(String fileName, long agentId, long totalRows, String content) {
    PartyImport partyImport = new PartyImport(fileName, agentId, totalRows, LocalDateTime.now());
    em.persist(partyImport);
    em.flush();
    em.createNativeQuery("INSERT INTO party_import_file (import_id, content) VALUES (?1, ?2)")
        .setParameter(1, partyImport.getId())
        .setParameter(2, content)
        .executeUpdate();
    return partyImport.getId();
  }

  /**
   * A bulk update, which leaves the version alone: the job's first chunk may be writing the same
   * row by now, and neither must fail the other on a stale version (the chunk locks the row).
   */
  public void startedAs(long importId, long execution) {
    em.createQuery("UPDATE PartyImport i SET i.jobExecutionId = :execution WHERE i.id = :id")
        .setParameter("execution", execution)
        .setParameter("id", importId)
        .executeUpdate();
  }

  public PartyImport find(long importId) {
    PartyImport partyImport = em.find(PartyImport.class, importId);
    if (partyImport == null) {
      throw new NotFoundException();
    }
    return partyImport;
  }
}
