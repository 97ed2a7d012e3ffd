package br.com.atende.customfield.application;

import br.com.atende.customfield.model.FieldType;
import java.io.Serializable;
import java.util.List;

/**
 * A custom field as the administrator sees and edits it; {@code id} is null for a new field, and
 * {@code options} are read only (options change one by one).
 */
public record FieldDefinition(
    Long id,
    long caseTypeId,
    String name,
    FieldType type,
    String helpText,
    int sortOrder,
    boolean required,
    Integer requiredAtStep,
    boolean active,
    List<OptionRow> options)
    implements Serializable {

  /** One option of a choice field. */
  public record OptionRow(long id, String label, int sortOrder, boolean active)
      implements Serializable {}
}
