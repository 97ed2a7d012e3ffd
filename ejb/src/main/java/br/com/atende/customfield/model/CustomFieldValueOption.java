package br.com.atende.customfield.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One option chosen in a multiple-choice field of a case. */
@Entity
@Table(name = "custom_field_value_option")
@IdClass(CustomFieldValueOption.Key.class)
public class CustomFieldValueOption {

  @Id
  @Column(name = "case_id")
  private Long caseId;

  @Id
  @Column(name = "field_id")
  private Long fieldId;

  @Id
  @Column(name = "option_id")
  private Long optionId;

  protected CustomFieldValueOption() {}

  public CustomFieldValueOption(long caseId, long fieldId, long optionId) {
    this.caseId = caseId;
    this.fieldId = fieldId;
    this.optionId = optionId;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getFieldId() {
    return fieldId;
  }

  public Long getOptionId() {
    return optionId;
  }

  /** The composite key (case, field, option). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long caseId;
    private Long fieldId;
    private Long optionId;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key
          && Objects.equals(caseId, ((Key) other).caseId)
          && Objects.equals(fieldId, ((Key) other).fieldId)
          && Objects.equals(optionId, ((Key) other).optionId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(caseId, fieldId, optionId);
    }
  }
}
