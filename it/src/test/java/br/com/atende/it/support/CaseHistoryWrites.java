package br.com.atende.it.support;

import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.DiscussionEntry;
import br.com.atende.cases.notification.CaseResponseToken;
import br.com.atende.cases.notification.SatisfactionRating;
import br.com.atende.organization.model.Agent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places cases in time and level for tests that count them (statistics): opened and concluded on
 * chosen past days, raised to a level, held, due, answered and rated, and the independent SQL the
 * counts are checked against (plain SQL over the rows, with the access rule written out again:
 * clearance, holder, not deleted).
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
                    + " AND deleted_at IS NULL GROUP BY "
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

  /** Who holds the case: an agent (by login) or nobody, and a group (by id) or none. */
  public void heldBy(long caseId, String login, Long groupId) {
    em.createNativeQuery(
            // Typed, for a null bound to a bigint column on PostgreSQL.
            "UPDATE support_case SET holder_id = CAST(?1 AS BIGINT),"
                + " holding_group_id = CAST(?2 AS BIGINT) WHERE id = ?3")
        .setParameter(1, login == null ? null : agent(login).getId())
        .setParameter(2, groupId)
        .setParameter(3, caseId)
        .executeUpdate();
  }

  /** The case's due date and whether the nightly sweep flagged it overdue. */
  public void due(long caseId, LocalDateTime dueDate, boolean overdue) {
    em.createNativeQuery("UPDATE support_case SET due_date = ?1, overdue = ?2 WHERE id = ?3")
        .setParameter(1, dueDate)
        .setParameter(2, overdue)
        .setParameter(3, caseId)
        .executeUpdate();
  }

  /** A note of the agent's on the case at a moment: publishable, or internal. */
  public void note(long caseId, String login, LocalDateTime at, boolean publishable) {
    em.persist(
        DiscussionEntry.note(
            em.find(Case.class, caseId),
            agent(login),
            at,
            "<p>Resposta</p>",
            !publishable,
            publishable));
  }

  /** The client's reply by email at a moment (not an agent's answer). */
  public void clientReply(long caseId, LocalDateTime at) {
    em.persist(
        DiscussionEntry.clientReply(
            em.find(Case.class, caseId), at, "cliente@example.com", "<p>Obrigado</p>"));
  }

  /** The client's rating of the case through a solution email's link, given at a moment. */
  public void rated(long caseId, String notifiedBy, LocalDateTime at, int rating) {
    CaseResponseToken token =
        new CaseResponseToken(
            em.find(Case.class, caseId),
            CaseResponseToken.newRawToken(),
            agent(notifiedBy),
            "pt-BR",
            at,
            Duration.ofDays(7));
    em.persist(token);
    em.persist(new SatisfactionRating(token, rating, null, at));
  }

  /**
   * Plain SQL: the company's cases opened in [from, until) up to the clearance, counted by the name
   * of their holder in a table (agent, agent_group) through a column; null for nobody.
   */
  public Map<String, Long> openedByHolder(
      String table, String column, long companyId, LocalDate from, LocalDate until, int clearance) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT h.name, COUNT(*) FROM support_case c LEFT JOIN "
                    + table
                    + " h ON h.id = c."
                    + column
                    + " WHERE c.company_id = ?1 AND c.opened_at >= ?2 AND c.opened_at < ?3"
                    + " AND c.access_level <= ?4 AND c.deleted_at IS NULL GROUP BY h.name")
            .setParameter(1, companyId)
            .setParameter(2, from.atStartOfDay())
            .setParameter(3, until.atStartOfDay())
            .setParameter(4, clearance)
            .getResultList();
    Map<String, Long> counts = new HashMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      counts.put((String) columns[0], ((Number) columns[1]).longValue());
    }
    return counts;
  }

  /** Plain SQL: how many of the company's cases opened in [from, until) meet a condition. */
  public long openedWhere(
      String condition, long companyId, LocalDate from, LocalDate until, int clearance) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM support_case c WHERE c.company_id = ?1"
                        + " AND c.opened_at >= ?2 AND c.opened_at < ?3 AND c.access_level <= ?4"
                        + " AND c.deleted_at IS NULL AND "
                        + condition)
                .setParameter(1, companyId)
                .setParameter(2, from.atStartOfDay())
                .setParameter(3, until.atStartOfDay())
                .setParameter(4, clearance)
                .getSingleResult())
        .longValue();
  }

  /**
   * Plain SQL and Java arithmetic: for each of the company's cases opened in [from, until), the
   * seconds from its opening to a moment of it (an SQL expression over {@code c}; cases where it is
   * null are left out).
   */
  public List<Long> secondsFromOpeningTo(
      String moment, long companyId, LocalDate from, LocalDate until, int clearance) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT c.opened_at, "
                    + moment
                    + " FROM support_case c WHERE c.company_id = ?1"
                    + " AND c.opened_at >= ?2 AND c.opened_at < ?3 AND c.access_level <= ?4"
                    + " AND c.deleted_at IS NULL")
            .setParameter(1, companyId)
            .setParameter(2, from.atStartOfDay())
            .setParameter(3, until.atStartOfDay())
            .setParameter(4, clearance)
            .getResultList();
    List<Long> seconds = new ArrayList<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      if (columns[1] != null) {
        seconds.add(Duration.between(moment(columns[0]), moment(columns[1])).toSeconds());
      }
    }
    return seconds;
  }

  /** Plain SQL: the ratings given in [from, until) to the company's cases, counted by value. */
  public Map<Integer, Long> ratingsGiven(
      long companyId, LocalDate from, LocalDate until, int clearance) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT r.rating, COUNT(*) FROM satisfaction_rating r, support_case c"
                    + " WHERE c.id = r.case_id AND c.company_id = ?1 AND r.created_at >= ?2"
                    + " AND r.created_at < ?3 AND c.access_level <= ?4 AND c.deleted_at IS NULL"
                    + " GROUP BY r.rating")
            .setParameter(1, companyId)
            .setParameter(2, from.atStartOfDay())
            .setParameter(3, until.atStartOfDay())
            .setParameter(4, clearance)
            .getResultList();
    Map<Integer, Long> counts = new HashMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      counts.put(((Number) columns[0]).intValue(), ((Number) columns[1]).longValue());
    }
    return counts;
  }

  private static LocalDateTime moment(Object value) {
    return value instanceof Timestamp stamp ? stamp.toLocalDateTime() : (LocalDateTime) value;
  }

  private Agent agent(String login) {
    return em.createQuery("SELECT a FROM Agent a WHERE a.login = :login", Agent.class)
        .setParameter("login", login)
        .getSingleResult();
  }
}
