package br.com.atende.customfield.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What one case holds in one custom field, in the typed column of the field's type (multiple
 * choices are {@link CustomFieldValueOption} rows). Ids, not entities: values are written and read
 * in bulk per case, never navigated.
 */
@Entity
@Table(name = "custom_field_value")
@IdClass(CustomFieldValue.Key.class)
public class CustomFieldValue {

  @Id
  @Column(name = "case_id")
  private Long caseId;

  @Id
  @Column(name = "field_id")
  private Long fieldId;

  @Column(name = "text_value", length = CustomField.MAX_TEXT)
  private String text;

  @Column(name = "long_text", length = CustomField.MAX_LONG_TEXT)
  private String longText;

  @Column(name = "number_value", precision = 19, scale = 4)
  private BigDecimal number;

  @Column(name = "date_value")
  private LocalDate date;

  @Column(name = "bool_value")
  private Boolean flag;

  @Column(name = "ref_id")
  private Long ref;

  protected CustomFieldValue() {}

  public CustomFieldValue(long caseId, CustomField field, FieldValue value) {
    this.caseId = caseId;
    this.fieldId = field.getId();
    set(field.getType(), value);
  }

  /** Replaces the value; the type decides whether text goes to the indexed column or the long. */
  public void set(FieldType type, FieldValue value) {
    text = type == FieldType.LONG_TEXT ? null : value.text();
    longText = type == FieldType.LONG_TEXT ? value.text() : null;
    number = value.number();
    date = value.date();
    flag = value.flag();
    ref = value.ref();
  }

  /** The stored value; the chosen options of a multiple choice are the caller's to add. */
  public FieldValue value() {
    return new FieldValue(
        longText != null ? longText : text, number, date, flag, ref, java.util.Set.of());
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getFieldId() {
    return fieldId;
  }

  /** The composite key (case, field). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long caseId;
    private Long fieldId;

    public Key() {}

    public Key(Long caseId, Long fieldId) {
      this.caseId = caseId;
      this.fieldId = fieldId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key
          && Objects.equals(caseId, ((Key) other).caseId)
          && Objects.equals(fieldId, ((Key) other).fieldId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(caseId, fieldId);
    }
  }
}
