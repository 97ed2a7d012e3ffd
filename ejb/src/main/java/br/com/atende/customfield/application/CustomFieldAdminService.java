package br.com.atende.customfield.application;

import br.com.atende.catalog.model.CaseType;
import br.com.atende.customfield.model.CustomField;
import br.com.atende.customfield.model.CustomFieldOption;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.Choice;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The administrator defines the custom fields of each case type (SPEC C7): name, type, help, order,
 * whether and from which workflow step it is required, active or not, and the options of a choice.
 * Fields and options are deactivated, never deleted: cases keep their values.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class CustomFieldAdminService {

  private static final String CHOICE = "SELECT NEW br.com.atende.shared.Choice(x.id, x.name)";

  @PersistenceContext private EntityManager em;

  public List<Choice> companies() {
    return em.createQuery(CHOICE + " FROM Company x ORDER BY x.name", Choice.class).getResultList();
  }

  public List<Choice> caseTypes(long companyId) {
    return em.createQuery(
            CHOICE + " FROM CaseType x WHERE x.company.id = :company ORDER BY x.name", Choice.class)
        .setParameter("company", companyId)
        .getResultList();
  }

  /** Every field of the type, inactive ones too, in order, with their options. */
  public List<FieldDefinition> fields(long caseTypeId) {
    return em
        .createQuery(
            "SELECT DISTINCT f FROM CustomField f LEFT JOIN FETCH f.options"
                + " WHERE f.caseType.id = :type",
            CustomField.class)
        .setParameter("type", caseTypeId)
        .getResultList()
        .stream()
        .sorted(
            Comparator.comparingInt(CustomField::getSortOrder).thenComparing(CustomField::getId))
        .map(CustomFieldAdminService::definition)
        .collect(Collectors.toList());
  }

  /**
   * Creates the field (no id) or changes it. A field's type may not change once cases hold values
   * of it. Returns the field's id.
   */
  public long saveField(FieldDefinition definition) {
    if (definition.type() == null) {
      throw new InvalidInputException("fieldType", "error.required");
    }
    CustomField field;
    if (definition.id() == null) {
      CaseType type = em.find(CaseType.class, definition.caseTypeId());
      if (type == null) {
        throw new InvalidInputException("caseTypeId", "error.required");
      }
      field = new CustomField(type, definition.name(), definition.type(), definition.sortOrder());
      em.persist(field);
    } else {
      field = field(definition.id());
      if (field.getType() != definition.type() && hasValues(field.getId())) {
        throw new InvalidInputException("fieldType", "error.customField.typeInUse");
      }
    }
    field.define(
        definition.name(),
        definition.type(),
        definition.helpText(),
        definition.sortOrder(),
        definition.required(),
        definition.requiredAtStep(),
        definition.active());
    em.flush();
    return field.getId();
  }

  /** Adds an option to a choice field; returns its id. */
  public long addOption(long fieldId, String label, int sortOrder) {
    CustomFieldOption option = field(fieldId).addOption(label, sortOrder);
    em.persist(option);
    em.flush();
    return option.getId();
  }

  /** Renames, reorders, deactivates or reactivates an option. */
  public void changeOption(long optionId, String label, int sortOrder, boolean active) {
    CustomFieldOption option = em.find(CustomFieldOption.class, optionId);
    if (option == null) {
      throw new NotFoundException();
    }
    option.change(label, sortOrder, active);
  }

  private CustomField field(long id) {
    CustomField field = em.find(CustomField.class, id);
    if (field == null) {
      throw new NotFoundException();
    }
    return field;
  }

  private boolean hasValues(long fieldId) {
    return !em.createQuery(
                "SELECT v.caseId FROM CustomFieldValue v WHERE v.fieldId = :field", Long.class)
            .setParameter("field", fieldId)
            .setMaxResults(1)
            .getResultList()
            .isEmpty()
        || !em.createQuery(
                "SELECT o.caseId FROM CustomFieldValueOption o WHERE o.fieldId = :field",
                Long.class)
            .setParameter("field", fieldId)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
  }

  private static FieldDefinition definition(CustomField field) {
    return new FieldDefinition(
        field.getId(),
        field.getCaseType().getId(),
        field.getName(),
        field.getType(),
        field.getHelpText(),
        field.getSortOrder(),
        field.isRequired(),
        field.getRequiredAtStep(),
        field.isActive(),
        field.getOptions().stream()
            .map(
                o ->
                    new FieldDefinition.OptionRow(
                        o.getId(), o.getLabel(), o.getSortOrder(), o.isActive()))
            .collect(Collectors.toList()));
  }
}
