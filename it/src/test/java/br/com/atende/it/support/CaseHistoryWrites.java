package br.com.atende.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places cases in time and level for tests that count them (statistics): opened and concluded on
 * chosen past days, raised to a level, and the independent SQL the counts are checked against.
 */
@Stateless
@PermitAll
public class CaseHistoryWrites {

  @PersistenceContext private EntityManager em;

  public void openedAt(long caseId, LocalDateTime openedAt) {
    em.createNativeQuery("UPDATE support_case SET opened_at = ?1 WHERE id = ?2")
        .setParameter(1, openedAt)
        .setParameter(2, caseId)
        .executeUpdate();
  }

  public void closedAt(long caseId, LocalDateTime closedAt) {
    em.createNativeQuery("UPDATE support_case SET closed_at = ?1 WHERE id = ?2")
        .setParameter(1, closedAt)
        .setParameter(2, caseId)
        .executeUpdate();
  }

  public void level(long caseId, int level) {
    em.createNativeQuery("UPDATE support_case SET access_level = ?1 WHERE id = ?2")
        .setParameter(1, level)
        .setParameter(2, caseId)
        .executeUpdate();
  }

  /**
   * Plain SQL: the company's cases opened in [from, until) up to the clearance, counted by a column
   * of support_case.
   */
  public Map<String, Long> openedBy(
      String column, long companyId, LocalDate from, LocalDate until, int clearance) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT CAST("
                    + column
                    + " AS VARCHAR(100)), COUNT(*) FROM support_case WHERE company_id = ?1"
                    + " AND opened_at >= ?2 AND opened_at < ?3 AND access_level <= ?4"
                    + " GROUP BY "
                    + column)
            .setParameter(1, companyId)
            .setParameter(2, from.atStartOfDay())
            .setParameter(3, until.atStartOfDay())
            .setParameter(4, clearance)
            .getResultList();
    Map<String, Long> counts = new HashMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      counts.put(String.valueOf(columns[0]), ((Number) columns[1]).longValue());
    }
    return counts;
  }
}
