package br.com.atende.queue.application;

import br.com.atende.cases.application.CaseSummary;
import br.com.atende.customfield.model.CustomField;
import br.com.atende.customfield.model.CustomFieldValue;
import br.com.atende.customfield.model.CustomFieldValueOption;
import br.com.atende.customfield.model.FieldType;
import br.com.atende.customfield.model.FieldValue;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.Party;
import br.com.atende.shared.NamesById;
import br.com.atende.shared.PageRequest;
import br.com.atende.shared.SpreadsheetFormulas;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The department queue, filtered as the agent filtered it, as CSV (RFC 4180, UTF-8) with one column
 * per custom field holding a value on the exported cases. The queue's own access-filtered pages are
 * read; each page's custom values come in two queries.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class QueueExport {

  /** At most this many cases: an export is a report, not a copy of the database. */
  public static final int LIMIT = 10_000;

  private static final int PAGE = PageRequest.MAX_SIZE;

  @PersistenceContext private EntityManager em;

  @EJB private QueueService queues;

  public String csv(CustomFieldFilter filter) {
    List<CaseSummary> rows = new ArrayList<>();
    for (int first = 0; first < LIMIT; first += PAGE) {
      List<CaseSummary> page =
          queues.departmentQueue(new PageRequest(first, PAGE, null, false), filter);
      rows.addAll(page);
      if (page.size() < PAGE) {
        break;
      }
    }
    Map<Long, Map<Long, FieldValue>> values = new HashMap<>();
    for (int from = 0; from < rows.size(); from += PAGE) {
      List<Long> ids =
          rows.subList(from, Math.min(rows.size(), from + PAGE)).stream()
              .map(CaseSummary::id)
              .collect(Collectors.toList());
      readValues(ids, values);
    }
    Set<Long> fieldIds = new HashSet<>();
    values.values().forEach(v -> fieldIds.addAll(v.keySet()));
    List<CustomField> columns = fields(fieldIds);
    Map<Long, String> parties =
        NamesById.of(em, Party.class, refs(columns, values, FieldType.PARTY));
    Map<Long, String> agentNames =
        NamesById.of(em, Agent.class, refs(columns, values, FieldType.AGENT));

    StringBuilder csv = new StringBuilder();
    List<String> header =
        new ArrayList<>(
            List.of("number", "subject", "client", "priority", "status", "holder", "openedAt"));
    columns.forEach(f -> header.add(f.getName()));
    line(csv, header);
    for (CaseSummary row : rows) {
      List<String> cells = new ArrayList<>();
      cells.add(row.number());
      cells.add(row.subject());
      cells.add(row.partyName());
      cells.add(row.priority().name());
      cells.add(row.status().name());
      cells.add(row.holderName());
      cells.add(row.openedAt().toString());
      Map<Long, FieldValue> ofCase = values.getOrDefault(row.id(), Map.of());
      for (CustomField field : columns) {
        Map<Long, String> refNames = field.getType() == FieldType.AGENT ? agentNames : parties;
        cells.add(field.display(ofCase.get(field.getId()), refNames::get));
      }
      line(csv, cells);
    }
    return csv.toString();
  }

  private void readValues(List<Long> caseIds, Map<Long, Map<Long, FieldValue>> into) {
    for (CustomFieldValue value :
        em.createQuery(
                "SELECT v FROM CustomFieldValue v WHERE v.caseId IN :ids", CustomFieldValue.class)
            .setParameter("ids", caseIds)
            .getResultList()) {
      into.computeIfAbsent(value.getCaseId(), k -> new HashMap<>())
          .put(value.getFieldId(), value.value());
    }
    Map<Long, Map<Long, Set<Long>>> chosen = new HashMap<>();
    for (CustomFieldValueOption option :
        em.createQuery(
                "SELECT o FROM CustomFieldValueOption o WHERE o.caseId IN :ids",
                CustomFieldValueOption.class)
            .setParameter("ids", caseIds)
            .getResultList()) {
      chosen
          .computeIfAbsent(option.getCaseId(), k -> new HashMap<>())
          .computeIfAbsent(option.getFieldId(), k -> new HashSet<>())
          .add(option.getOptionId());
    }
    chosen.forEach(
        (caseId, fields) ->
            fields.forEach(
                (fieldId, options) ->
                    into.computeIfAbsent(caseId, k -> new HashMap<>())
                        .put(fieldId, FieldValue.ofOptions(options))));
  }

  private List<CustomField> fields(Set<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "SELECT DISTINCT f FROM CustomField f LEFT JOIN FETCH f.options WHERE f.id IN :ids",
            CustomField.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .sorted(
            Comparator.comparing((CustomField f) -> f.getCaseType().getName())
                .thenComparingInt(CustomField::getSortOrder)
                .thenComparing(CustomField::getId))
        .collect(Collectors.toList());
  }

  private static Set<Long> refs(
      List<CustomField> fields, Map<Long, Map<Long, FieldValue>> values, FieldType type) {
    Set<Long> ofType =
        fields.stream()
            .filter(f -> f.getType() == type)
            .map(CustomField::getId)
            .collect(Collectors.toSet());
    Set<Long> refs = new HashSet<>();
    values
        .values()
        .forEach(
            ofCase ->
                ofCase.forEach(
                    (field, value) -> {
                      if (ofType.contains(field) && value.ref() != null) {
                        refs.add(value.ref());
                      }
                    }));
    return refs;
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(cells.get(i)));
    }
    csv.append("\r\n");
  }

  /** RFC 4180 quoting; a leading formula character is neutralised for spreadsheets. */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String safe = SpreadsheetFormulas.neutralised(value);
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
