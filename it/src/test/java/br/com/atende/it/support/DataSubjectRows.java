package br.com.atende.it.support;

import br.com.atende.party.model.Contact;
import br.com.atende.party.model.Party;
import br.com.atende.party.model.PartyKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The data-subject tests' rows: a party with a tax id, email, phone and a contact of its own; a
 * case concluded at a given time; and the walk over every text column of every table (from
 * INFORMATION_SCHEMA, H2 and PostgreSQL alike) looking for given values.
 */
@Stateless
@PermitAll
public class DataSubjectRows {

  @PersistenceContext private EntityManager em;

  /** A party of the test's own; returns its id. */
  public long party(String name, String taxId, String phone, String email) {
    Party party = new Party(PartyKind.PERSON, name, taxId, phone, email);
    em.persist(party);
    em.flush();
    return party.getId();
  }

  /** A contact of the party; returns its id. */
  public long contact(long partyId, String name, String email, String phone) {
    Contact contact = new Contact(em.find(Party.class, partyId), name, email, phone);
    em.persist(contact);
    em.flush();
    return contact.getId();
  }

  /** Concludes the case as of {@code closedAt} (status NOTIFIED, the closing time set). */
  public void concludedAt(long caseId, LocalDateTime closedAt) {
    em.createNativeQuery(
            "UPDATE support_case SET status = 'NOTIFIED', closed_at = ?1, opened_at = ?2"
                + " WHERE id = ?3")
        .setParameter(1, closedAt)
        .setParameter(2, closedAt.minusDays(3))
        .setParameter(3, caseId)
        .executeUpdate();
  }

  public boolean caseExists(long caseId) {
    return ((Number)
                em.createNativeQuery("SELECT COUNT(*) FROM support_case WHERE id = ?1")
                    .setParameter(1, caseId)
                    .getSingleResult())
            .longValue()
        == 1;
  }

  /** The facts anonymization keeps: number, status, priority, opening and closing time. */
  public List<Object> factsOf(long caseId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT case_number, status, priority, opened_at, closed_at, department_id"
                        + " FROM support_case WHERE id = ?1")
                .setParameter(1, caseId)
                .getSingleResult();
    List<Object> facts = new ArrayList<>();
    for (Object value : row) {
      facts.add(value == null ? null : value.toString());
    }
    return facts;
  }

  /** The case's rows in a table keyed by {@code case_id}. */
  public long rowsOf(String table, long caseId) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE case_id = ?1")
                .setParameter(1, caseId)
                .getSingleResult())
        .longValue();
  }

  /** The administrators' log of the party: its actions, oldest first. */
  @SuppressWarnings("unchecked")
  public List<String> adminLogOf(long partyId) {
    return em.createNativeQuery(
            "SELECT action FROM admin_log WHERE record_kind = 'PARTY' AND record_id = ?1"
                + " ORDER BY id")
        .setParameter(1, partyId)
        .getResultList();
  }

  /** The retention tombstones of the case (field "purged", its number, "retention …"). */
  @SuppressWarnings("unchecked")
  public List<String> tombstonesOf(long caseId) {
    return em.createNativeQuery(
            "SELECT new_value FROM case_audit WHERE case_id = ?1 AND field_name = 'purged'")
        .setParameter(1, caseId)
        .getResultList();
  }

  /**
   * Every place ("table.column: value") where one of the values occurs, in any text column of any
   * table of the application's schema; empty when none.
   */
  public List<String> occurrences(List<String> values) {
    @SuppressWarnings("unchecked")
    List<Object[]> columns =
        em.createNativeQuery(
                "SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE LOWER(table_schema) = 'public' AND UPPER(data_type) IN"
                    + " ('CHARACTER VARYING', 'TEXT', 'CHARACTER', 'CHARACTER LARGE OBJECT')"
                    + " ORDER BY table_name, column_name")
            .getResultList();
    if (columns.size() < 100) {
      throw new IllegalStateException("the schema's text columns were not found: " + columns);
    }
    List<String> found = new ArrayList<>();
    StringBuilder any = new StringBuilder();
    for (int i = 1; i <= values.size(); i++) {
      any.append(i == 1 ? "" : " OR ").append("%1$s LIKE ?").append(i);
    }
    for (Object[] column : columns) {
      // Quoted as the schema spells them: H2 in upper case, PostgreSQL in lower.
      String table = '"' + column[0].toString() + '"';
      String name = '"' + column[1].toString() + '"';
      jakarta.persistence.Query query =
          em.createNativeQuery(
              "SELECT "
                  + name
                  + " FROM "
                  + table
                  + " WHERE "
                  + String.format(any.toString(), name));
      for (int i = 0; i < values.size(); i++) {
        query.setParameter(i + 1, "%" + values.get(i) + "%");
      }
      @SuppressWarnings("unchecked")
      List<Object> hits = query.setMaxResults(5).getResultList();
      for (Object hit : hits) {
        String text = text(hit);
        values.stream()
            .filter(text::contains)
            .forEach(
                value -> found.add(table + "." + name + ": " + value + " in " + excerpt(text)));
      }
    }
    return found;
  }

  private static String text(Object value) {
    try {
      return value instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : "" + value;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String excerpt(String text) {
    return text.length() > 200 ? text.substring(0, 200) : text;
  }
}
