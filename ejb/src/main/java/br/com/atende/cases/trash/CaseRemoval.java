package br.com.atende.cases.trash;

import br.com.atende.cases.attachment.AttachmentStore;
import br.com.atende.shared.Database;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes cases from the trash for good, in the caller's transaction, with everything that hangs
 * from them: every table with a foreign key to {@code support_case} (and the rows hanging from
 * those), and the files of their attachments once the transaction commits. What outlives a case:
 * its audit rows, closed by a tombstone row (its number, who deleted it, when it was purged); the
 * FAQ entries drawn from it and its escalation children, which lose only the link to it.
 *
 * <p>Native SQL in bulk, one statement per table for a whole chunk of cases: no entity is loaded,
 * and a case restored since the purge chose it (or already purged by an earlier run) is skipped,
 * because the cases are locked and read again first.
 */
@Dependent
public class CaseRemoval {

  /** The tombstone's field name in the audit trail. */
  public static final String TOMBSTONE = "purged";

  /**
   * What a tombstone says instead of the deletion's time when the company's retention purged it.
   */
  public static final String RETENTION = "retention";

  private static final DateTimeFormatter AUDITED_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /**
   * What hangs from a case, children before parents; {@code ?} stands for the chunk's case ids. A
   * new table with a foreign key to {@code support_case} belongs here.
   */
  private static final List<String> DEPENDENTS =
      List.of(
          "DELETE FROM outbound_email_attachment WHERE outbound_email_id IN"
              + " (SELECT id FROM outbound_email WHERE case_id IN (?))"
              + " OR attachment_id IN (SELECT id FROM attachment WHERE case_id IN (?))",
          "DELETE FROM notification WHERE case_id IN (?)",
          "DELETE FROM outbound_email WHERE case_id IN (?)",
          "DELETE FROM satisfaction_rating WHERE case_id IN (?)",
          "DELETE FROM case_response_token WHERE case_id IN (?)",
          "DELETE FROM held_file WHERE inbound_message_id IN"
              + " (SELECT id FROM inbound_message WHERE case_id IN (?))",
          "DELETE FROM inbound_message WHERE case_id IN (?)",
          "DELETE FROM attachment WHERE case_id IN (?)",
          "DELETE FROM discussion_entry WHERE case_id IN (?)",
          "DELETE FROM solution_entry WHERE case_id IN (?)",
          "DELETE FROM understanding WHERE case_id IN (?)",
          "DELETE FROM forwarding WHERE case_id IN (?)",
          "DELETE FROM status_change WHERE case_id IN (?)",
          "DELETE FROM time_entry WHERE case_id IN (?)",
          "DELETE FROM custom_field_value_option WHERE case_id IN (?)",
          "DELETE FROM custom_field_value WHERE case_id IN (?)",
          "DELETE FROM case_relation WHERE case_id IN (?) OR related_case_id IN (?)",
          "DELETE FROM api_idempotent_request WHERE case_id IN (?)",
          "UPDATE faq_entry SET source_case_id = NULL WHERE source_case_id IN (?)",
          "UPDATE support_case SET parent_case_id = NULL WHERE parent_case_id IN (?)",
          "DELETE FROM support_case WHERE id IN (?)");

  @PersistenceContext private EntityManager em;

  @Inject private AttachmentStore files;

  @Inject private Database database;

  /**
   * Removes those of the given cases that the rule still purges (still in the trash since before
   * its limit, or concluded before their company's retention limit); returns how many it removed.
   */
  public int remove(List<Long> caseIds, PurgeRule rule, LocalDateTime now) {
    if (caseIds.isEmpty()) {
      return 0;
    }
    if (database.isPostgreSQL()) {
      // A case row held by a user's transaction fails the chunk after 2 s (H2's default wait)
      // rather than blocking the nightly run; the run ends FAILED, and a restart or the next night
      // purges what is left.
      em.createNativeQuery("SET LOCAL lock_timeout = '2s'").executeUpdate();
    }
    int idsFrom = 1 + rule.parameters();
    @SuppressWarnings("unchecked")
    List<Object[]> purged =
        bind(
                rule.bind(
                    em.createNativeQuery(
                        "SELECT c.id, c.case_number, c.deleted_by_id, c.deleted_at, c.closed_at"
                            + " FROM support_case c WHERE c.id IN ("
                            + placeholders(idsFrom, caseIds.size())
                            + ") AND "
                            + rule.condition(1)
                            + " ORDER BY c.id FOR UPDATE"),
                    1),
                idsFrom,
                caseIds)
            .getResultList();
    if (purged.isEmpty()) {
      return 0;
    }
    List<Long> ids = new ArrayList<>();
    for (Object[] row : purged) {
      ids.add(((Number) row[0]).longValue());
    }
    @SuppressWarnings("unchecked")
    List<String> storageKeys =
        bind(
                em.createNativeQuery(
                    "SELECT storage_key FROM attachment WHERE case_id IN ("
                        + placeholders(1, ids.size())
                        + ") UNION ALL SELECT h.storage_key FROM held_file h JOIN inbound_message m"
                        + " ON m.id = h.inbound_message_id WHERE m.case_id IN ("
                        + placeholders(1 + ids.size(), ids.size())
                        + ")"),
                1,
                twice(ids))
            .getResultList();
    for (String statement : DEPENDENTS) {
      execute(statement, ids);
    }
    for (Object[] row : purged) {
      tombstone(row, now);
    }
    storageKeys.forEach(files::removeWhenCommitted);
    return ids.size();
  }

  /** Replaces each {@code (?)} of the statement with the ids, bound in order. */
  private void execute(String statement, List<Long> ids) {
    String[] parts = statement.split("\\(\\?\\)", -1);
    StringBuilder sql = new StringBuilder(parts[0]);
    List<Long> values = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      sql.append('(').append(placeholders(values.size() + 1, ids.size())).append(')');
      sql.append(parts[i]);
      values.addAll(ids);
    }
    bind(em.createNativeQuery(sql.toString()), 1, values).executeUpdate();
  }

  /**
   * The tombstone closing a purged case's audit trail: its number, who deleted it (the row's
   * agent), when it was deleted, and when it was purged (the row's time). A case purged by its
   * company's retention was not deleted by anyone: its tombstone says "retention" and when the case
   * was closed.
   */
  private void tombstone(Object[] purged, LocalDateTime now) {
    String nextId =
        database.isPostgreSQL() ? "nextval('case_audit_seq')" : "NEXT VALUE FOR case_audit_seq";
    String deleted = purged[3] != null ? audited(purged[3]) : RETENTION + " " + audited(purged[4]);
    // No agent (a retention purge): NULL as a literal, since a null parameter is bound as text,
    // which PostgreSQL refuses for a bigint column.
    Long by = purged[2] == null ? null : ((Number) purged[2]).longValue();
    Query insert =
        em.createNativeQuery(
                "INSERT INTO case_audit (id, case_id, field_name, old_value, new_value,"
                    + " changed_by_id, changed_at) VALUES ("
                    + nextId
                    + ", ?1, ?2, ?3, ?4, "
                    + (by == null ? "NULL" : "?5")
                    + ", ?6)")
            .setParameter(1, ((Number) purged[0]).longValue())
            .setParameter(2, TOMBSTONE)
            .setParameter(3, purged[1])
            .setParameter(4, deleted);
    if (by != null) {
      insert.setParameter(5, by);
    }
    insert.setParameter(6, now).executeUpdate();
  }

  private static List<Long> twice(List<Long> ids) {
    List<Long> both = new ArrayList<>(ids);
    both.addAll(ids);
    return both;
  }

  private static String audited(Object time) {
    return time instanceof java.sql.Timestamp stamp
        ? AUDITED_TIME.format(stamp.toLocalDateTime())
        : time instanceof LocalDateTime local ? AUDITED_TIME.format(local) : null;
  }

  private static String placeholders(int from, int count) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < count; i++) {
      list.append(i == 0 ? "?" : ", ?").append(from + i);
    }
    return list.toString();
  }

  private static Query bind(Query query, int from, List<Long> values) {
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(from + i, values.get(i));
    }
    return query;
  }
}
