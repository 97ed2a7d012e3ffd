package br.com.atende.customfield.application;

import br.com.atende.cases.application.CaseAccess;
import br.com.atende.cases.model.Case;
import br.com.atende.customfield.model.CustomField;
import br.com.atende.customfield.model.CustomFieldOption;
import br.com.atende.customfield.model.CustomFieldValue;
import br.com.atende.customfield.model.CustomFieldValueOption;
import br.com.atende.customfield.model.FieldType;
import br.com.atende.customfield.model.FieldValue;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.Party;
import br.com.atende.shared.Choice;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NamesById;
import br.com.atende.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * The custom fields of a case (SPEC C7): read with their values, saved all or nothing, copied from
 * another case, cleared. Every change is audited field by field and moves the case's version, so a
 * save over a stale page is refused as any other concurrent change.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class CustomFieldService {

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private CaseAccess access;

  @Inject private Clock clock;

  /** The active fields of a visible case's type, in order, with the case's values. */
  public List<CustomFieldEntry> fieldsOf(long caseId) {
    Case supportCase = access.visible(caseId, agents.currentAgent());
    List<CustomField> fields = activeFields(supportCase);
    Map<Long, FieldValue> values = values(caseId);
    RefNames names = refNames(fields, values);
    List<CustomFieldEntry> entries = new ArrayList<>();
    for (CustomField field : fields) {
      FieldValue value = values.getOrDefault(field.getId(), FieldValue.EMPTY);
      List<Choice> options =
          field.getOptions().stream()
              .filter(o -> o.isActive() || chosen(value, o.getId()))
              .map(o -> new Choice(o.getId(), o.getLabel()))
              .collect(Collectors.toList());
      entries.add(
          new CustomFieldEntry(
              field.getId(),
              field.getName(),
              field.getType(),
              field.getHelpText(),
              field.isRequired(),
              field.getRequiredAtStep(),
              options,
              value.text(),
              value.number(),
              value.date(),
              value.flag(),
              value.ref(),
              field.getType().isReference() && value.ref() != null
                  ? (field.getType() == FieldType.SINGLE_CHOICE
                      ? field.display(value, names.of(field))
                      : names.of(field).apply(value.ref()))
                  : null,
              value.options().stream().sorted().collect(Collectors.toList()),
              field.display(value, names.of(field))));
    }
    return entries;
  }

  /**
   * Saves what the agent typed, by field id (blank clears a field): every value is checked against
   * its field's type before anything is written. Only the case's holder or a supervisor, while the
   * case is open and still in the version the agent saw. Returns the case's new version.
   */
  public long save(long caseId, long expectedVersion, Map<Long, String> rawValues) {
    Agent editor = agents.currentAgent();
    Case supportCase = access.forChange(caseId, expectedVersion, editor);
    supportCase.requireEditableBy(editor);
    Map<Long, CustomField> fields = byId(activeFields(supportCase));
    Map<CustomField, FieldValue> changes = new LinkedHashMap<>();
    for (Map.Entry<Long, String> raw : rawValues.entrySet()) {
      CustomField field = fields.get(raw.getKey());
      if (field == null) {
        throw new InvalidInputException(CustomField.INPUT, "error.customField.unknown");
      }
      FieldValue value = field.parse(raw.getValue());
      checkReference(field, value, editor);
      changes.put(field, value);
    }
    return apply(supportCase, changes, editor);
  }

  /**
   * Copies the values of another case, found by its number among the cases the agent sees: of the
   * same type, every value; of another type, the values of the fields with the same name and type
   * (choices by option label). A source of a higher access level than the target is refused.
   * Returns the new version and the names of the source's filled fields that had nowhere to go.
   */
  public CopyResult copyFrom(long caseId, long expectedVersion, String sourceNumber) {
    Agent editor = agents.currentAgent();
    Case target = access.forChange(caseId, expectedVersion, editor);
    target.requireEditableBy(editor);
    Case source = sourceCase(sourceNumber, editor);
    if (source.getAccessLevel() > target.getAccessLevel()) {
      // The values would be read at the target's lower level by agents the source keeps out.
      throw new InvalidInputException("customFieldSource", "error.customField.sourceAboveLevel");
    }
    List<CustomField> targetFields = activeFields(target);
    List<CustomField> sourceFields = fieldsOfType(source);
    Map<Long, FieldValue> sourceValues = values(source.getId());
    boolean sameType =
        target.getCaseType() != null
            && source.getCaseType() != null
            && target.getCaseType().getId().equals(source.getCaseType().getId());
    Map<CustomField, FieldValue> changes = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    for (CustomField from : sourceFields) {
      FieldValue value = sourceValues.get(from.getId());
      if (value == null || value.isEmpty()) {
        continue;
      }
      Optional<CustomField> to =
          targetFields.stream()
              .filter(f -> sameType ? f.getId().equals(from.getId()) : f.matches(from))
              .findFirst();
      Optional<FieldValue> mapped = to.flatMap(f -> translated(from, f, value));
      if (mapped.isPresent()) {
        changes.put(to.get(), mapped.get());
      } else {
        skipped.add(from.getName());
      }
    }
    return new CopyResult(apply(target, changes, editor), skipped);
  }

  /** Empties every custom field of the case, each change audited. Returns the new version. */
  public long clear(long caseId, long expectedVersion) {
    Agent editor = agents.currentAgent();
    Case supportCase = access.forChange(caseId, expectedVersion, editor);
    supportCase.requireEditableBy(editor);
    Map<CustomField, FieldValue> changes = new LinkedHashMap<>();
    for (CustomField field : fieldsOfType(supportCase)) {
      changes.put(field, FieldValue.EMPTY);
    }
    return apply(supportCase, changes, editor);
  }

  /**
   * The names of the fields the case must fill before it may be at this workflow step (required, or
   * required from a step at or before it) and that are still empty, in the fields' order.
   */
  public List<String> missingRequiredFields(long caseId, Integer stepPosition) {
    Case supportCase = access.visible(caseId, agents.currentAgent());
    Map<Long, FieldValue> values = values(caseId);
    return activeFields(supportCase).stream()
        .filter(f -> f.isRequiredAt(stepPosition))
        .filter(f -> values.getOrDefault(f.getId(), FieldValue.EMPTY).isEmpty())
        .map(CustomField::getName)
        .collect(Collectors.toList());
  }

  /** The active agents of the viewer's company, for an AGENT field's choice. */
  public List<Choice> agentsToChoose() {
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(a.id, a.name) FROM Agent a"
                + " WHERE a.company.id = :company AND a.active = TRUE"
                + " AND a.apiClient = FALSE ORDER BY a.name",
            Choice.class)
        .setParameter("company", agents.currentAgent().getCompany().getId())
        .getResultList();
  }

  private long apply(Case supportCase, Map<CustomField, FieldValue> changes, Agent editor) {
    long caseId = supportCase.getId();
    Map<Long, CustomFieldValue> rows = new HashMap<>();
    for (CustomFieldValue row :
        em.createQuery(
                "SELECT v FROM CustomFieldValue v WHERE v.caseId = :case", CustomFieldValue.class)
            .setParameter("case", caseId)
            .getResultList()) {
      rows.put(row.getFieldId(), row);
    }
    Map<Long, List<CustomFieldValueOption>> chosen = new HashMap<>();
    for (CustomFieldValueOption row : optionRows(caseId)) {
      chosen.computeIfAbsent(row.getFieldId(), k -> new ArrayList<>()).add(row);
    }
    Map<Long, FieldValue> before = values(rows, chosen);
    Set<Long> parties = new HashSet<>();
    Set<Long> agentIds = new HashSet<>();
    for (Map.Entry<CustomField, FieldValue> change : changes.entrySet()) {
      collectRef(change.getKey(), change.getValue(), parties, agentIds);
      collectRef(change.getKey(), before.get(change.getKey().getId()), parties, agentIds);
    }
    RefNames names = names(parties, agentIds);
    LocalDateTime now = LocalDateTime.now(clock);
    boolean changed = false;
    for (Map.Entry<CustomField, FieldValue> change : changes.entrySet()) {
      CustomField field = change.getKey();
      FieldValue value = change.getValue();
      FieldValue old = before.getOrDefault(field.getId(), FieldValue.EMPTY);
      if (value.sameAs(old)) {
        continue;
      }
      write(caseId, field, value, rows.get(field.getId()), chosen.get(field.getId()));
      Optional.ofNullable(
              supportCase.changeCustomField(
                  field.getName(),
                  field.display(old, names.of(field)),
                  field.display(value, names.of(field)),
                  editor,
                  now))
          .ifPresent(em::persist);
      changed = true;
    }
    if (changed) {
      em.lock(supportCase, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
    access.flush();
    return supportCase.getVersion();
  }

  private void write(
      long caseId,
      CustomField field,
      FieldValue value,
      CustomFieldValue row,
      List<CustomFieldValueOption> chosen) {
    if (field.getType() == FieldType.MULTIPLE_CHOICE) {
      Set<Long> kept = new HashSet<>();
      for (CustomFieldValueOption option :
          chosen == null ? List.<CustomFieldValueOption>of() : chosen) {
        if (value.options().contains(option.getOptionId())) {
          kept.add(option.getOptionId());
        } else {
          em.remove(option);
        }
      }
      for (Long option : value.options()) {
        if (!kept.contains(option)) {
          em.persist(new CustomFieldValueOption(caseId, field.getId(), option));
        }
      }
      return;
    }
    if (value.isEmpty()) {
      if (row != null) {
        em.remove(row);
      }
    } else if (row == null) {
      em.persist(new CustomFieldValue(caseId, field, value));
    } else {
      row.set(field.getType(), value);
    }
  }

  /** A value copied to a field of another type: choices by label, the rest as it is. */
  private static Optional<FieldValue> translated(
      CustomField from, CustomField to, FieldValue value) {
    if (!from.getType().isChoice() || from.getId().equals(to.getId())) {
      return Optional.of(value);
    }
    Map<String, Long> targetByLabel = new HashMap<>();
    to.getOptions().stream()
        .filter(CustomFieldOption::isActive)
        .forEach(o -> targetByLabel.putIfAbsent(o.getLabel().toLowerCase(), o.getId()));
    Map<Long, String> sourceLabels = new HashMap<>();
    from.getOptions().forEach(o -> sourceLabels.put(o.getId(), o.getLabel().toLowerCase()));
    Set<Long> ids =
        from.getType() == FieldType.SINGLE_CHOICE ? Set.of(value.ref()) : value.options();
    Set<Long> mapped = new HashSet<>();
    for (Long id : ids) {
      Long target = targetByLabel.get(sourceLabels.get(id));
      if (target == null) {
        return Optional.empty();
      }
      mapped.add(target);
    }
    return Optional.of(
        from.getType() == FieldType.SINGLE_CHOICE
            ? FieldValue.ofRef(mapped.iterator().next())
            : FieldValue.ofOptions(mapped));
  }

  private Case sourceCase(String number, Agent viewer) {
    if (number == null || number.isBlank()) {
      throw new InvalidInputException("customFieldSource", "error.required");
    }
    List<Long> ids =
        em.createQuery(
                "SELECT c.id FROM Case c WHERE c.number = :number AND c.company.id = :company"
                    + " AND c.deletedAt IS NULL",
                Long.class)
            .setParameter("number", number.strip())
            .setParameter("company", viewer.getCompany().getId())
            .getResultList();
    try {
      if (!ids.isEmpty()) {
        return access.visible(ids.get(0), viewer);
      }
    } catch (NotFoundException e) {
      // the same answer as an unknown number
    }
    throw new InvalidInputException("customFieldSource", "error.customField.sourceUnknown");
  }

  private void checkReference(CustomField field, FieldValue value, Agent editor) {
    if (value.isEmpty()) {
      return;
    }
    if (field.getType() == FieldType.PARTY) {
      Party party = em.find(Party.class, value.ref());
      if (party == null || !party.isActive()) {
        throw field.refused("error.customField.party");
      }
    } else if (field.getType() == FieldType.AGENT) {
      Agent agent = em.find(Agent.class, value.ref());
      if (agent == null
          || !agent.isActive()
          || !agent.getCompany().getId().equals(editor.getCompany().getId())) {
        throw field.refused("error.customField.agent");
      }
    }
  }

  private List<CustomField> activeFields(Case supportCase) {
    return fieldsOfType(supportCase).stream()
        .filter(CustomField::isActive)
        .collect(Collectors.toList());
  }

  /** Every field of the case's type, inactive ones too (their values are kept), options fetched. */
  private List<CustomField> fieldsOfType(Case supportCase) {
    if (supportCase.getCaseType() == null) {
      return List.of();
    }
    return em
        .createQuery(
            "SELECT DISTINCT f FROM CustomField f LEFT JOIN FETCH f.options"
                + " WHERE f.caseType.id = :type",
            CustomField.class)
        .setParameter("type", supportCase.getCaseType().getId())
        .getResultList()
        .stream()
        .sorted(
            java.util.Comparator.comparingInt(CustomField::getSortOrder)
                .thenComparing(CustomField::getId))
        .collect(Collectors.toList());
  }

  private Map<Long, FieldValue> values(long caseId) {
    Map<Long, CustomFieldValue> rows = new HashMap<>();
    em.createQuery(
            "SELECT v FROM CustomFieldValue v WHERE v.caseId = :case", CustomFieldValue.class)
        .setParameter("case", caseId)
        .getResultList()
        .forEach(r -> rows.put(r.getFieldId(), r));
    Map<Long, List<CustomFieldValueOption>> chosen = new HashMap<>();
    for (CustomFieldValueOption row : optionRows(caseId)) {
      chosen.computeIfAbsent(row.getFieldId(), k -> new ArrayList<>()).add(row);
    }
    return values(rows, chosen);
  }

  private static Map<Long, FieldValue> values(
      Map<Long, CustomFieldValue> rows, Map<Long, List<CustomFieldValueOption>> chosen) {
    Map<Long, FieldValue> values = new HashMap<>();
    rows.forEach((field, row) -> values.put(field, row.value()));
    chosen.forEach(
        (field, options) ->
            values.put(
                field,
                FieldValue.ofOptions(
                    options.stream()
                        .map(CustomFieldValueOption::getOptionId)
                        .collect(Collectors.toSet()))));
    return values;
  }

  private List<CustomFieldValueOption> optionRows(long caseId) {
    return em.createQuery(
            "SELECT o FROM CustomFieldValueOption o WHERE o.caseId = :case",
            CustomFieldValueOption.class)
        .setParameter("case", caseId)
        .getResultList();
  }

  private RefNames refNames(List<CustomField> fields, Map<Long, FieldValue> values) {
    Set<Long> parties = new HashSet<>();
    Set<Long> agentIds = new HashSet<>();
    for (CustomField field : fields) {
      collectRef(field, values.get(field.getId()), parties, agentIds);
    }
    return names(parties, agentIds);
  }

  private static void collectRef(
      CustomField field, FieldValue value, Set<Long> parties, Set<Long> agentIds) {
    if (value == null || value.ref() == null) {
      return;
    }
    if (field.getType() == FieldType.PARTY) {
      parties.add(value.ref());
    } else if (field.getType() == FieldType.AGENT) {
      agentIds.add(value.ref());
    }
  }

  /** Names of the parties and agents values point at: two queries at most. */
  private RefNames names(Set<Long> parties, Set<Long> agentIds) {
    return new RefNames(
        NamesById.of(em, Party.class, parties), NamesById.of(em, Agent.class, agentIds));
  }

  /** Names of the parties and agents the values of a case point at. */
  private record RefNames(Map<Long, String> parties, Map<Long, String> agents) {
    LongFunction<String> of(CustomField field) {
      Map<Long, String> names = field.getType() == FieldType.AGENT ? agents : parties;
      return names::get;
    }
  }

  private static boolean chosen(FieldValue value, long optionId) {
    return (value.ref() != null && value.ref() == optionId) || value.options().contains(optionId);
  }

  private static Map<Long, CustomField> byId(List<CustomField> fields) {
    Map<Long, CustomField> map = new HashMap<>();
    fields.forEach(f -> map.put(f.getId(), f));
    return map;
  }
}
