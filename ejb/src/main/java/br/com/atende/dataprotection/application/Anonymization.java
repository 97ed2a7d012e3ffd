package br.com.atende.dataprotection.application;

import static br.com.atende.dataprotection.application.SqlLists.bind;
import static br.com.atende.dataprotection.application.SqlLists.placeholders;

import br.com.atende.cases.attachment.AttachmentStore;
import br.com.atende.dataprotection.model.PersonalValues;
import br.com.atende.party.model.TaxId;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Anonymizes a party in the caller's transaction, by the database in bulk: one {@code UPDATE …
 * REPLACE} per table and page of the party's cases (never an entity loaded per row), so a party
 * with thousands of cases costs a few statements per 500 cases. Numbers, dates, statuses and the
 * rows themselves are kept, so the statistics do not move; the files of its cases are deleted
 * (their content cannot be rewritten reliably), each entry that carried them saying so in a line.
 * Audit rows naming the party are redacted under the chain's head lock, each with a redaction
 * record keeping its sealed hash (see {@code ChainVerification}).
 */
@Dependent
public class Anonymization {

  /** Cases per statement: bounded parameter lists and statements, whatever the party's size. */
  static final int CASES_PER_PAGE = 500;

  /** The line left in an entry whose files were deleted. */
  static final String FILES_REMOVED = "<p>[Arquivos removidos na anonimização (LGPD)]</p>";

  /** A table whose rows hang from a case, and the text columns of it that may name the party. */
  private record TextColumns(String table, String caseKey, List<Column> columns) {}

  /** A text column and its length, so a replacement that grows the text is cut to fit (or 0). */
  private record Column(String name, int length) {}

  private static final List<TextColumns> CASE_TEXTS =
      List.of(
          new TextColumns(
              "support_case",
              "id",
              List.of(
                  new Column("subject", 200),
                  new Column("request", 0),
                  new Column("email_sender", 330),
                  new Column("info_status_message", 1000))),
          new TextColumns(
              "discussion_entry",
              "case_id",
              List.of(new Column("body", 0), new Column("sender", 330))),
          new TextColumns("solution_entry", "case_id", List.of(new Column("body", 0))),
          new TextColumns("understanding", "case_id", List.of(new Column("body", 0))),
          new TextColumns("forwarding", "case_id", List.of(new Column("reason", 4000))),
          new TextColumns(
              "custom_field_value",
              "case_id",
              List.of(new Column("text_value", 255), new Column("long_text", 4000))),
          new TextColumns("outbound_email", "case_id", outboundColumns()),
          new TextColumns("inbound_message", "case_id", inboundColumns()),
          new TextColumns(
              "satisfaction_rating", "case_id", List.of(new Column("rating_comment", 2000))),
          new TextColumns(
              "time_entry",
              "case_id",
              List.of(new Column("description", 4000), new Column("manual_reason", 500))),
          new TextColumns(
              "faq_entry",
              "source_case_id",
              List.of(
                  new Column("question", 300),
                  new Column("answer", 0),
                  new Column("search_text", 0),
                  new Column("rejection_reason", 1000))));

  private static List<Column> outboundColumns() {
    return List.of(
        new Column("recipient", 254),
        new Column("subject", 250),
        new Column("body_text", 0),
        new Column("body_html", 0),
        new Column("last_error", 500),
        new Column("bounce_reason", 500));
  }

  private static List<Column> inboundColumns() {
    return List.of(
        new Column("sender", 330),
        new Column("subject", 250),
        new Column("body", 0),
        new Column("reason", 500));
  }

  @PersistenceContext private EntityManager em;

  @Inject private AttachmentStore files;

  /** Anonymizes the party; {@code by} is the administrator's login, kept with each redaction. */
  public AnonymizationOutcome anonymize(long partyId, String by, LocalDateTime now) {
    PersonalValues values = valuesOf(partyId);
    List<String> emails = emailsOf(partyId);
    // The chain's head, locked until this commits: no sealing round interleaves with the
    // redaction, so each redaction record keeps the hash the row has (or none, if unsealed).
    em.createNativeQuery("SELECT last_seq FROM audit_chain WHERE id = 1 FOR UPDATE")
        .getResultList();
    long cases = 0;
    long removedFiles = 0;
    long auditRows = 0;
    long lastId = 0;
    while (true) {
      @SuppressWarnings("unchecked")
      List<Number> page =
          em.createNativeQuery(
                  "SELECT id FROM support_case WHERE party_id = ?1 AND id > ?2 ORDER BY id")
              .setParameter(1, partyId)
              .setParameter(2, lastId)
              .setMaxResults(CASES_PER_PAGE)
              .getResultList();
      if (page.isEmpty()) {
        break;
      }
      List<Long> ids = page.stream().map(Number::longValue).toList();
      lastId = ids.get(ids.size() - 1);
      cases += ids.size();
      removedFiles += removeFiles(ids);
      if (!values.isEmpty()) {
        for (TextColumns texts : CASE_TEXTS) {
          rewrite(
              texts, texts.caseKey() + " IN (" + placeholders(1, ids.size()) + ")", ids, values);
        }
        auditRows += redactAudit(ids, values, by, now);
      }
    }
    if (!values.isEmpty()) {
      rewriteOutsideCases(emails, values);
    }
    em.createNativeQuery(
            "UPDATE party SET name = ?1, tax_id = NULL, phone = NULL, phone_digits = NULL,"
                + " email = NULL, version = version + 1 WHERE id = ?2")
        .setParameter(1, PersonalValues.MARKER)
        .setParameter(2, partyId)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE contact SET name = ?1, email = NULL, phone = NULL, phone_digits = NULL,"
                + " external_id = NULL, version = version + 1 WHERE party_id = ?2")
        .setParameter(1, PersonalValues.MARKER)
        .setParameter(2, partyId)
        .executeUpdate();
    return new AnonymizationOutcome(cases, removedFiles, auditRows);
  }

  /** The party's names, emails, phones and tax id, and its contacts'. */
  private PersonalValues valuesOf(long partyId) {
    Object[] party =
        (Object[])
            em.createNativeQuery(
                    "SELECT name, email, phone, phone_digits, tax_id FROM party WHERE id = ?1")
                .setParameter(1, partyId)
                .getSingleResult();
    List<String> names = new ArrayList<>();
    List<String> emails = new ArrayList<>();
    List<String> phones = new ArrayList<>();
    List<String> taxIds = new ArrayList<>();
    names.add((String) party[0]);
    emails.add((String) party[1]);
    phones.add((String) party[2]);
    phones.add((String) party[3]);
    if (party[4] != null) {
      String taxId = (String) party[4];
      taxIds.add(taxId);
      TaxId.parse(taxId).ifPresent(parsed -> taxIds.add(parsed.formatted()));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> contacts =
        em.createNativeQuery(
                "SELECT name, email, phone, phone_digits FROM contact WHERE party_id = ?1")
            .setParameter(1, partyId)
            .getResultList();
    for (Object[] contact : contacts) {
      names.add((String) contact[0]);
      emails.add((String) contact[1]);
      phones.add((String) contact[2]);
      phones.add((String) contact[3]);
    }
    return PersonalValues.of(names, emails, phones, taxIds);
  }

  private List<String> emailsOf(long partyId) {
    @SuppressWarnings("unchecked")
    List<String> emails =
        em.createNativeQuery(
                "SELECT email FROM party WHERE id = ?1 AND email IS NOT NULL"
                    + " UNION SELECT email FROM contact WHERE party_id = ?1 AND email IS NOT NULL")
            .setParameter(1, partyId)
            .getResultList();
    return emails.stream().filter(Objects::nonNull).toList();
  }

  /**
   * Deletes the files of the cases' attachments and quarantined reply files (after the commit),
   * leaving a line in each entry that carried one; returns how many files.
   */
  private long removeFiles(List<Long> ids) {
    String in = "(" + placeholders(1, ids.size()) + ")";
    @SuppressWarnings("unchecked")
    List<String> attachmentKeys =
        bind(
                em.createNativeQuery("SELECT storage_key FROM attachment WHERE case_id IN " + in),
                1,
                ids)
            .getResultList();
    @SuppressWarnings("unchecked")
    List<String> heldKeys =
        bind(
                em.createNativeQuery(
                    "SELECT h.storage_key FROM held_file h JOIN inbound_message m"
                        + " ON m.id = h.inbound_message_id WHERE m.case_id IN "
                        + in),
                1,
                ids)
            .getResultList();
    if (!attachmentKeys.isEmpty()) {
      bind(
              em.createNativeQuery(
                  "UPDATE discussion_entry SET body = COALESCE(body, '') || ?"
                      + (ids.size() + 1)
                      + " WHERE id IN (SELECT discussion_entry_id FROM attachment WHERE case_id IN "
                      + in
                      + ")"),
              1,
              ids)
          .setParameter(ids.size() + 1, FILES_REMOVED)
          .executeUpdate();
      bind(
              em.createNativeQuery(
                  "DELETE FROM outbound_email_attachment WHERE attachment_id IN"
                      + " (SELECT id FROM attachment WHERE case_id IN "
                      + in
                      + ")"),
              1,
              ids)
          .executeUpdate();
      bind(em.createNativeQuery("DELETE FROM attachment WHERE case_id IN " + in), 1, ids)
          .executeUpdate();
    }
    if (!heldKeys.isEmpty()) {
      bind(
              em.createNativeQuery(
                  "DELETE FROM held_file WHERE inbound_message_id IN"
                      + " (SELECT id FROM inbound_message WHERE case_id IN "
                      + in
                      + ")"),
              1,
              ids)
          .executeUpdate();
    }
    attachmentKeys.forEach(files::removeWhenCommitted);
    heldKeys.forEach(files::removeWhenCommitted);
    return attachmentKeys.size() + heldKeys.size();
  }

  /**
   * One statement: every text column of the table replaced value by value, in the rows selected by
   * {@code where} (whose parameters are {@code whereValues}, numbered from 1) that hold one.
   */
  private int rewrite(TextColumns texts, String where, List<?> whereValues, PersonalValues values) {
    List<Object> parameters = new ArrayList<>(whereValues);
    StringBuilder set = new StringBuilder();
    StringBuilder holds = new StringBuilder();
    for (Column column : texts.columns()) {
      String replaced = column.name();
      for (String value : values.values()) {
        parameters.add(value);
        int valueAt = parameters.size();
        parameters.add(PersonalValues.MARKER);
        replaced = "REPLACE(" + replaced + ", ?" + valueAt + ", ?" + (valueAt + 1) + ")";
      }
      if (column.length() > 0) {
        replaced = "LEFT(" + replaced + ", " + column.length() + ")";
      }
      set.append(set.isEmpty() ? "" : ", ").append(column.name()).append(" = ").append(replaced);
      for (String pattern : values.likePatterns()) {
        parameters.add(pattern);
        holds
            .append(holds.isEmpty() ? "" : " OR ")
            .append(column.name())
            .append(" LIKE ?")
            .append(parameters.size())
            .append(" ESCAPE '\\'");
      }
    }
    String sql =
        "UPDATE " + texts.table() + " SET " + set + " WHERE " + where + " AND (" + holds + ")";
    return bind(em.createNativeQuery(sql), 1, parameters).executeUpdate();
  }

  /**
   * Redacts the audit rows of the cases that name the party: first a redaction record per row (with
   * its hash as sealed), then the values rewritten; the PostgreSQL trigger allows exactly this
   * update (V77).
   */
  private int redactAudit(List<Long> ids, PersonalValues values, String by, LocalDateTime now) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(now);
    parameters.add(by);
    parameters.addAll(ids);
    StringBuilder holds = new StringBuilder();
    for (String column : List.of("a.old_value", "a.new_value")) {
      for (String pattern : values.likePatterns()) {
        parameters.add(pattern);
        holds
            .append(holds.isEmpty() ? "" : " OR ")
            .append(column)
            .append(" LIKE ?")
            .append(parameters.size())
            .append(" ESCAPE '\\'");
      }
    }
    int redacted =
        bind(
                em.createNativeQuery(
                    "INSERT INTO audit_redaction (audit_id, redacted_at, redacted_by, row_hash)"
                        + " SELECT a.id, ?1, ?2, a.row_hash FROM case_audit a WHERE a.case_id IN ("
                        + placeholders(3, ids.size())
                        + ") AND ("
                        + holds
                        + ") AND NOT EXISTS (SELECT 1 FROM audit_redaction r"
                        + " WHERE r.audit_id = a.id)"),
                1,
                parameters)
            .executeUpdate();
    rewrite(
        new TextColumns(
            "case_audit",
            "case_id",
            List.of(new Column("old_value", 0), new Column("new_value", 0))),
        "case_id IN (" + placeholders(1, ids.size()) + ")",
        ids,
        values);
    return redacted;
  }

  /**
   * What names the party outside its cases: emails sent to its addresses and messages received from
   * them with no case, and the import files that brought it in (a small table).
   */
  private void rewriteOutsideCases(List<String> emails, PersonalValues values) {
    if (!emails.isEmpty()) {
      String in = "(" + placeholders(1, emails.size()) + ")";
      rewrite(
          new TextColumns("outbound_email", "", outboundColumns()),
          "case_id IS NULL AND recipient IN " + in,
          emails,
          values);
      List<Object> patterns = new ArrayList<>();
      StringBuilder from = new StringBuilder();
      for (String email : emails) {
        patterns.add("%" + email + "%");
        from.append(from.isEmpty() ? "" : " OR ").append("sender LIKE ?").append(patterns.size());
      }
      rewrite(
          new TextColumns("inbound_message", "", inboundColumns()),
          "case_id IS NULL AND (" + from + ")",
          patterns,
          values);
    }
    rewrite(
        new TextColumns("party_import_file", "", List.of(new Column("content", 0))),
        "1 = 1",
        List.of(),
        values);
  }
}
