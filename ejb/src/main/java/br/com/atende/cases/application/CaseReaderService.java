package br.com.atende.cases.application;

import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.CappedCount;
import br.com.atende.shared.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Who read a case, for supervisors (seed 003): the openings of its page, newest first, paged, with
 * a capped count; only of a case the supervisor may see. Agents are refused by the container.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class CaseReaderService {

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private CaseAccess access;

  public List<CaseReader> readers(long caseId, PageRequest page) {
    access.visible(caseId, agents.currentAgent());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT r.id, a.name, r.read_at FROM case_reading r JOIN agent a ON a.id ="
                    + " r.agent_id WHERE r.case_id = ?1 ORDER BY r.read_at DESC, r.id DESC"
                    + " LIMIT ?2 OFFSET ?3")
            .setParameter(1, caseId)
            .setParameter(2, page.size())
            .setParameter(3, page.first())
            .getResultList();
    return rows.stream()
        .map(row -> new CaseReader(((Number) row[0]).longValue(), (String) row[1], time(row[2])))
        .toList();
  }

  public CappedCount countReaders(long caseId) {
    access.visible(caseId, agents.currentAgent());
    return CappedCount.of(
        em.createNativeQuery("SELECT id FROM case_reading WHERE case_id = ?1 LIMIT ?2")
            .setParameter(1, caseId)
            .setParameter(2, CappedCount.CAP + 1)
            .getResultList()
            .size());
  }

  private static LocalDateTime time(Object value) {
    return value instanceof Timestamp stamp ? stamp.toLocalDateTime() : (LocalDateTime) value;
  }
}
