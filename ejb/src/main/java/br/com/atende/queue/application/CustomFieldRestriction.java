package br.com.atende.queue.application;

import br.com.atende.customfield.model.CustomField;
import br.com.atende.customfield.model.FieldValue;
import br.com.atende.organization.model.Agent;
import br.com.atende.shared.Choice;
import br.com.atende.shared.InvalidInputException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * Turns a {@link CustomFieldFilter} into a restriction of a case query (alias {@code c}): the case
 * holds exactly this value in the field, compared on the field's typed column so the database seeks
 * the (field, column) index. The value is read by the field's own type rules.
 */
@Dependent
public class CustomFieldRestriction {

  @PersistenceContext private EntityManager em;

  /** A JPQL condition, to append after AND, and how to bind its parameters. */
  public record Restriction(String jpql, long fieldId, Object value) {

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
      return query.setParameter("cfField", fieldId).setParameter("cfValue", value);
    }
  }

  /** The fields the viewer's queue may filter by: active, of the company's case types. */
  public List<Choice> filterableFields(Agent viewer) {
    return em
        .createQuery(
            "SELECT f FROM CustomField f WHERE f.active = TRUE AND f.caseType.company.id = :company"
                + " ORDER BY f.caseType.name, f.sortOrder, f.id",
            CustomField.class)
        .setParameter("company", viewer.getCompany().getId())
        .getResultList()
        .stream()
        .filter(f -> f.getType().isFilterable())
        .map(f -> new Choice(f.getId(), f.getCaseType().getName() + " / " + f.getName()))
        .toList();
  }

  public Restriction of(CustomFieldFilter filter, Agent viewer) {
    CustomField field = em.find(CustomField.class, filter.fieldId());
    if (field == null
        || !field.getCaseType().getCompany().getId().equals(viewer.getCompany().getId())) {
      throw new InvalidInputException(CustomField.INPUT, "error.customField.unknown");
    }
    if (!field.getType().isFilterable()) {
      throw field.refused("error.customField.notFilterable");
    }
    String raw = field.getType().isChoice() ? optionId(field, filter.value()) : filter.value();
    FieldValue value = field.parse(raw);
    if (value.isEmpty()) {
      throw new InvalidInputException("customFieldValue", "error.required");
    }
    String column;
    Object bound;
    switch (field.getType()) {
      case TEXT:
        column = "v.text";
        bound = value.text();
        break;
      case INTEGER:
      case DECIMAL:
        column = "v.number";
        bound = value.number();
        break;
      case DATE:
        column = "v.date";
        bound = value.date();
        break;
      case BOOLEAN:
        column = "v.flag";
        bound = value.flag();
        break;
      case MULTIPLE_CHOICE:
        return new Restriction(
            "c.id IN (SELECT o.caseId FROM CustomFieldValueOption o"
                + " WHERE o.fieldId = :cfField AND o.optionId = :cfValue)",
            field.getId(),
            value.options().iterator().next());
      default:
        column = "v.ref";
        bound = value.ref();
    }
    return new Restriction(
        "c.id IN (SELECT v.caseId FROM CustomFieldValue v WHERE v.fieldId = :cfField AND "
            + column
            + " = :cfValue)",
        field.getId(),
        bound);
  }

  /** A choice is filtered by its option's label (any case) or id. */
  private static String optionId(CustomField field, String typed) {
    if (typed == null) {
      return null;
    }
    return field.getOptions().stream()
        .filter(o -> o.getLabel().equalsIgnoreCase(typed.strip()))
        .map(o -> o.getId().toString())
        .findFirst()
        .orElse(typed);
  }
}
