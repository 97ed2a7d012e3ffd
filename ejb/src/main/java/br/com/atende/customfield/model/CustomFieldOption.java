package br.com.atende.customfield.model;

import br.com.atende.shared.Identified;
import br.com.atende.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** One answer a choice field offers. Deactivated, not deleted: old values keep their label. */
@Entity
@Table(name = "custom_field_option")
public class CustomFieldOption implements Identified {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custom_field_option_seq")
  @SequenceGenerator(
      name = "custom_field_option_seq",
      sequenceName = "custom_field_option_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "field_id", updatable = false)
  private CustomField field;

  @Column(nullable = false, length = 120)
  private String label;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active = true;

  protected CustomFieldOption() {}

  CustomFieldOption(CustomField field, String label, int sortOrder) {
    this.field = Objects.requireNonNull(field);
    change(label, sortOrder, true);
  }

  public void change(String label, int sortOrder, boolean active) {
    if (label == null || label.isBlank()) {
      throw new InvalidInputException("optionLabel", "error.required");
    }
    if (label.strip().length() > 120) {
      throw new InvalidInputException("optionLabel", "error.tooLong");
    }
    this.label = label.strip();
    this.sortOrder = sortOrder;
    this.active = active;
  }

  @Override
  public Long getId() {
    return id;
  }

  public CustomField getField() {
    return field;
  }

  public String getLabel() {
    return label;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public boolean isActive() {
    return active;
  }
}
