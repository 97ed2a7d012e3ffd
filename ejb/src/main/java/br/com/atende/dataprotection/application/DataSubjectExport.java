package br.com.atende.dataprotection.application;

import static br.com.atende.dataprotection.application.SqlLists.bind;
import static br.com.atende.dataprotection.application.SqlLists.placeholders;

import br.com.atende.cases.attachment.AttachmentStore;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes everything Atende holds about a party as one ZIP archive, streamed: one JSON file per part
 * (the party, its contacts and representatives, its cases with their entries, solutions, custom
 * values and history, the emails sent to it, who read its cases) and its files under {@code
 * files/}. Nothing is built in memory but the party's case ids: each part is read a page of cases
 * at a time (one statement per part and page, no statement per case) and written as it is read.
 */
@Dependent
public class DataSubjectExport {

  static final int CASES_PER_PAGE = 500;

  /**
   * A part read per page of the party's cases: the file's name, the query whose {@code (?)} is the
   * page's case ids, and the names of its columns in the JSON objects.
   */
  private record CasePart(String file, String sql, List<String> names) {}

  private static final List<CasePart> CASE_PARTS =
      List.of(
          new CasePart(
              "cases.json",
              "SELECT c.case_number, c.subject, c.request, c.status, c.priority, c.opened_at,"
                  + " c.first_contact_at, c.due_date, c.closed_at, co.name, d.name, ct.name,"
                  + " c.contact_channel, c.email_sender, c.voicemail_messages, c.deleted_at"
                  + " FROM support_case c JOIN company co ON co.id = c.company_id"
                  + " JOIN department d ON d.id = c.department_id"
                  + " LEFT JOIN contact ct ON ct.id = c.contact_id"
                  + " WHERE c.id IN (?) ORDER BY c.id",
              List.of(
                  "number",
                  "subject",
                  "request",
                  "status",
                  "priority",
                  "openedAt",
                  "firstContactAt",
                  "dueDate",
                  "closedAt",
                  "company",
                  "department",
                  "contact",
                  "channel",
                  "emailSender",
                  "voicemailMessages",
                  "deletedAt")),
          new CasePart(
              "entries.json",
              "SELECT c.case_number, e.kind, e.created_at, e.sender, e.body, e.internal,"
                  + " e.from_status, e.to_status FROM discussion_entry e"
                  + " JOIN support_case c ON c.id = e.case_id WHERE e.case_id IN (?)"
                  + " ORDER BY e.case_id, e.id",
              List.of(
                  "case",
                  "kind",
                  "createdAt",
                  "sender",
                  "body",
                  "internal",
                  "fromStatus",
                  "toStatus")),
          new CasePart(
              "solutions.json",
              "SELECT c.case_number, s.created_at, s.body FROM solution_entry s"
                  + " JOIN support_case c ON c.id = s.case_id WHERE s.case_id IN (?)"
                  + " ORDER BY s.case_id, s.id",
              List.of("case", "createdAt", "body")),
          new CasePart(
              "custom-values.json",
              "SELECT c.case_number, f.name, v.text_value, v.long_text, v.number_value,"
                  + " v.date_value, v.bool_value FROM custom_field_value v"
                  + " JOIN custom_field f ON f.id = v.field_id"
                  + " JOIN support_case c ON c.id = v.case_id WHERE v.case_id IN (?)"
                  + " ORDER BY v.case_id, f.sort_order, f.id",
              List.of("case", "field", "text", "longText", "number", "date", "yesNo")),
          new CasePart(
              "history.json",
              "SELECT c.case_number, a.changed_at, a.field_name, a.old_value, a.new_value"
                  + " FROM case_audit a JOIN support_case c ON c.id = a.case_id"
                  + " WHERE a.case_id IN (?) ORDER BY a.case_id, a.changed_at, a.id",
              List.of("case", "changedAt", "field", "from", "to")),
          new CasePart(
              "emails-sent.json",
              "SELECT c.case_number, o.created_at, o.sent_at, o.status, o.recipient, o.subject,"
                  + " o.body_text FROM outbound_email o JOIN support_case c ON c.id = o.case_id"
                  + " WHERE o.case_id IN (?) ORDER BY o.case_id, o.id",
              List.of("case", "createdAt", "sentAt", "status", "recipient", "subject", "text")),
          new CasePart(
              "emails-received.json",
              "SELECT c.case_number, m.received_at, m.sender, m.subject, m.body"
                  + " FROM inbound_message m JOIN support_case c ON c.id = m.case_id"
                  + " WHERE m.case_id IN (?) ORDER BY m.case_id, m.id",
              List.of("case", "receivedAt", "sender", "subject", "body")),
          new CasePart(
              "readings.json",
              "SELECT c.case_number, r.read_at, g.name FROM case_reading r"
                  + " JOIN support_case c ON c.id = r.case_id JOIN agent g ON g.id = r.agent_id"
                  + " WHERE r.case_id IN (?) ORDER BY r.case_id, r.read_at, r.id",
              List.of("case", "readAt", "agent")),
          new CasePart(
              "files.json",
              "SELECT c.case_number, a.id, a.file_name, a.content_type, a.size_bytes,"
                  + " a.uploaded_at, a.sha256 FROM attachment a"
                  + " JOIN support_case c ON c.id = a.case_id WHERE a.case_id IN (?)"
                  + " ORDER BY a.case_id, a.id",
              List.of("case", "id", "fileName", "contentType", "size", "uploadedAt", "sha256")));

  @PersistenceContext private EntityManager em;

  @Inject private AttachmentStore store;

  /** Writes the archive to {@code out}; returns how many of the party's cases it holds. */
  public int write(long partyId, OutputStream out) throws IOException {
    List<Long> caseIds = caseIdsOf(partyId);
    ZipOutputStream zip = new ZipOutputStream(out);
    single(
        zip,
        "party.json",
        "SELECT id, kind, name, tax_id, email, phone, language, supplier, active FROM party"
            + " WHERE id = ?1",
        List.of("id", "kind", "name", "taxId", "email", "phone", "language", "supplier", "active"),
        partyId);
    single(
        zip,
        "contacts.json",
        "SELECT id, name, email, phone, language, active, external_id FROM contact"
            + " WHERE party_id = ?1 ORDER BY id",
        List.of("id", "name", "email", "phone", "language", "active", "externalId"),
        partyId);
    single(
        zip,
        "representatives.json",
        "SELECT r.id, r.name, r.email, r.phone FROM representative r WHERE r.id IN"
            + " (SELECT c.representative_id FROM support_case c WHERE c.party_id = ?1)"
            + " ORDER BY r.id",
        List.of("id", "name", "email", "phone"),
        partyId);
    single(
        zip,
        "emails-sent-without-case.json",
        "SELECT created_at, sent_at, status, recipient, subject, body_text FROM outbound_email"
            + " WHERE case_id IS NULL AND recipient IN (SELECT email FROM contact"
            + " WHERE party_id = ?1 UNION SELECT email FROM party WHERE id = ?1) ORDER BY id",
        List.of("createdAt", "sentAt", "status", "recipient", "subject", "text"),
        partyId);
    for (CasePart part : CASE_PARTS) {
      zip.putNextEntry(new ZipEntry(part.file()));
      JsonGenerator json = Json.createGenerator(new KeepOpen(zip)).writeStartArray();
      for (int from = 0; from < caseIds.size(); from += CASES_PER_PAGE) {
        List<Long> page = caseIds.subList(from, Math.min(caseIds.size(), from + CASES_PER_PAGE));
        String sql = part.sql().replace("(?)", "(" + placeholders(1, page.size()) + ")");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(sql), 1, page).getResultList();
        rows.forEach(row -> object(json, part.names(), row));
        json.flush();
      }
      json.writeEnd().close();
      zip.closeEntry();
    }
    files(zip, caseIds);
    zip.finish();
    return caseIds.size();
  }

  private List<Long> caseIdsOf(long partyId) {
    List<Long> ids = new ArrayList<>();
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
        return ids;
      }
      page.forEach(id -> ids.add(id.longValue()));
      lastId = ids.get(ids.size() - 1);
    }
  }

  /** A part small enough to read in one statement (the party, its contacts, representatives). */
  private void single(
      ZipOutputStream zip, String file, String sql, List<String> names, long partyId)
      throws IOException {
    zip.putNextEntry(new ZipEntry(file));
    JsonGenerator json = Json.createGenerator(new KeepOpen(zip)).writeStartArray();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, partyId).getResultList();
    rows.forEach(row -> object(json, names, row));
    json.writeEnd().close();
    zip.closeEntry();
  }

  /** The files of the cases' attachments, as {@code files/<case number>/<id>-<name>}. */
  private void files(ZipOutputStream zip, List<Long> caseIds) throws IOException {
    for (int from = 0; from < caseIds.size(); from += CASES_PER_PAGE) {
      List<Long> page = caseIds.subList(from, Math.min(caseIds.size(), from + CASES_PER_PAGE));
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          bind(
                  em.createNativeQuery(
                      "SELECT c.case_number, a.id, a.file_name, a.storage_key FROM attachment a"
                          + " JOIN support_case c ON c.id = a.case_id WHERE a.case_id IN ("
                          + placeholders(1, page.size())
                          + ") ORDER BY a.case_id, a.id"),
                  1,
                  page)
              .getResultList();
      for (Object[] row : rows) {
        String name = ((String) row[2]).replaceAll("[/\\\\:]", "_");
        try (InputStream content = store.content((String) row[3]).open()) {
          zip.putNextEntry(new ZipEntry("files/" + row[0] + "/" + row[1] + "-" + name));
          content.transferTo(zip);
          zip.closeEntry();
        } catch (NoSuchFileException gone) {
          // A file missing from the disk (restored backup, manual cleanup): files.json still
          // lists it; the archive simply has no copy of it.
        }
      }
    }
  }

  private static void object(JsonGenerator json, List<String> names, Object[] row) {
    json.writeStartObject();
    for (int i = 0; i < names.size(); i++) {
      value(json, names.get(i), row[i]);
    }
    json.writeEnd();
  }

  private static void value(JsonGenerator json, String name, Object value) {
    if (value == null) {
      json.writeNull(name);
    } else if (value instanceof Boolean yes) {
      json.write(name, yes);
    } else if (value instanceof BigDecimal number) {
      json.write(name, number);
    } else if (value instanceof Number number) {
      json.write(name, number.longValue());
    } else if (value instanceof Timestamp time) {
      json.write(name, time.toLocalDateTime().toString());
    } else if (value instanceof Clob text) {
      try {
        json.write(name, text.getSubString(1, (int) text.length()));
      } catch (SQLException e) {
        throw new UncheckedIOException(new IOException(e));
      }
    } else {
      json.write(name, value.toString());
    }
  }

  /** The archive's stream as a part's writer sees it: closing a part does not close the archive. */
  private static final class KeepOpen extends FilterOutputStream {

    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
