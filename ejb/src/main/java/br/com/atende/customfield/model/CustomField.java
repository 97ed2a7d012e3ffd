package br.com.atende.customfield.model;

import br.com.atende.catalog.model.CaseType;
import br.com.atende.shared.Identified;
import br.com.atende.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A field an administrator defines for the cases of one type (SPEC C7). Turns what an agent typed
 * into a typed {@link FieldValue}, refusing a value that does not fit its type with a message that
 * names the field as the administrator named it.
 */
@Entity
@Table(name = "custom_field")
public class CustomField implements Identified {

  /** Where the errors of a custom field point: the page labels it "Custom fields". */
  public static final String INPUT = "customField";

  public static final int MAX_TEXT = 255;
  public static final int MAX_LONG_TEXT = 4000;

  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,15}");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}([.,]\\d{1,4})?");
  private static final BigDecimal DECIMAL_LIMIT = new BigDecimal("1000000000000000");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "custom_field_seq")
  @SequenceGenerator(
      name = "custom_field_seq",
      sequenceName = "custom_field_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_type_id", updatable = false)
  private CaseType caseType;

  @Column(nullable = false, length = 120)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "field_type", nullable = false, length = 20)
  private FieldType type;

  @Column(name = "help_text", length = 500)
  private String helpText;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean required;

  @Column(name = "required_at_step")
  private Integer requiredAtStep;

  @Column(nullable = false)
  private boolean active = true;

  @OneToMany(mappedBy = "field")
  @OrderBy("sortOrder, id")
  private List<CustomFieldOption> options = new ArrayList<>();

  protected CustomField() {}

  public CustomField(CaseType caseType, String name, FieldType type, int sortOrder) {
    this.caseType = Objects.requireNonNull(caseType);
    define(name, type, null, sortOrder, false, null, true);
  }

  /** Changes the definition; the administrator's name is required and trimmed. */
  public void define(
      String name,
      FieldType type,
      String helpText,
      int sortOrder,
      boolean required,
      Integer requiredAtStep,
      boolean active) {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("name", "error.required");
    }
    if (name.strip().length() > 120) {
      throw new InvalidInputException("name", "error.tooLong");
    }
    if (requiredAtStep != null && requiredAtStep < 1) {
      throw new InvalidInputException("requiredAtStep", "error.customField.step");
    }
    this.name = name.strip();
    this.type = Objects.requireNonNull(type);
    this.helpText = helpText == null || helpText.isBlank() ? null : helpText.strip();
    this.sortOrder = sortOrder;
    this.required = required;
    this.requiredAtStep = requiredAtStep;
    this.active = active;
  }

  /**
   * The value an agent typed, read by the field's type: blank is no value; a number, a date
   * (yyyy-MM-dd), true/false, or the id of an option, party or agent otherwise. Several options of
   * a multiple choice are separated by commas. Whether a party or agent exists is the caller's
   * check; an option must be an active one of this field.
   */
  public FieldValue parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return FieldValue.EMPTY;
    }
    String value = raw.strip();
    switch (type) {
      case TEXT:
        return FieldValue.ofText(limited(value, MAX_TEXT));
      case LONG_TEXT:
        return FieldValue.ofText(limited(value, MAX_LONG_TEXT));
      case INTEGER:
        if (!INTEGER.matcher(value).matches()) {
          throw refused("error.customField.integer");
        }
        return FieldValue.ofNumber(new BigDecimal(value));
      case DECIMAL:
        if (!DECIMAL.matcher(value).matches()) {
          throw refused("error.customField.decimal");
        }
        BigDecimal number = new BigDecimal(value.replace(',', '.'));
        if (number.abs().compareTo(DECIMAL_LIMIT) >= 0) {
          throw refused("error.customField.decimal");
        }
        return FieldValue.ofNumber(number);
      case DATE:
        try {
          return FieldValue.ofDate(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
          throw refused("error.customField.date");
        }
      case BOOLEAN:
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
          throw refused("error.customField.boolean");
        }
        return FieldValue.ofFlag(Boolean.parseBoolean(value.toLowerCase()));
      case SINGLE_CHOICE:
        return FieldValue.ofRef(activeOption(value));
      case MULTIPLE_CHOICE:
        Set<Long> chosen = new LinkedHashSet<>();
        for (String part : value.split(",")) {
          if (!part.isBlank()) {
            chosen.add(activeOption(part.strip()));
          }
        }
        return chosen.isEmpty() ? FieldValue.EMPTY : FieldValue.ofOptions(chosen);
      case PARTY:
        return FieldValue.ofRef(id(value, "error.customField.party"));
      case AGENT:
        return FieldValue.ofRef(id(value, "error.customField.agent"));
      default:
        throw new IllegalStateException("unknown type " + type);
    }
  }

  /**
   * The value as the audit trail and copies show it: option labels for choices, names of parties
   * and agents by {@code refNames}, dates as yyyy-MM-dd, numbers without trailing zeros.
   */
  public String display(FieldValue value, LongFunction<String> refNames) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    switch (type) {
      case TEXT:
      case LONG_TEXT:
        return value.text();
      case INTEGER:
      case DECIMAL:
        return value.number().stripTrailingZeros().toPlainString();
      case DATE:
        return value.date().toString();
      case BOOLEAN:
        return value.flag().toString();
      case SINGLE_CHOICE:
        return optionLabel(value.ref());
      case MULTIPLE_CHOICE:
        return value.options().stream()
            .sorted()
            .map(this::optionLabel)
            .collect(Collectors.joining(", "));
      default:
        return refNames.apply(value.ref());
    }
  }

  /** Whether an agent must fill the field at this workflow step (null: no step yet). */
  public boolean isRequiredAt(Integer stepPosition) {
    return required
        || (requiredAtStep != null && stepPosition != null && requiredAtStep <= stepPosition);
  }

  /** Whether a field of another case type may take this one's value in a copy. */
  public boolean matches(CustomField other) {
    return type == other.type && name.equalsIgnoreCase(other.name);
  }

  private String optionLabel(long optionId) {
    return options.stream()
        .filter(o -> o.getId().equals(optionId))
        .map(CustomFieldOption::getLabel)
        .findFirst()
        .orElse("#" + optionId);
  }

  private long activeOption(String value) {
    long optionId = id(value, "error.customField.option");
    boolean offered = options.stream().anyMatch(o -> o.isActive() && o.getId().equals(optionId));
    if (!offered) {
      throw refused("error.customField.option");
    }
    return optionId;
  }

  private long id(String value, String messageKey) {
    try {
      long parsed = Long.parseLong(value);
      if (parsed > 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw refused(messageKey);
  }

  private String limited(String value, int max) {
    if (value.length() > max) {
      throw new InvalidInputException(INPUT, "error.customField.tooLong", name, max);
    }
    return value;
  }

  /** A value that does not fit the field, named by the administrator's name for it. */
  public InvalidInputException refused(String messageKey) {
    return new InvalidInputException(INPUT, messageKey, name);
  }

  /** Adds an option, for a choice field only. */
  public CustomFieldOption addOption(String label, int sortOrder) {
    if (!type.isChoice()) {
      throw new InvalidInputException("optionLabel", "error.customField.notChoice", name);
    }
    CustomFieldOption option = new CustomFieldOption(this, label, sortOrder);
    options.add(option);
    return option;
  }

  @Override
  public Long getId() {
    return id;
  }

  public CaseType getCaseType() {
    return caseType;
  }

  public String getName() {
    return name;
  }

  public FieldType getType() {
    return type;
  }

  public String getHelpText() {
    return helpText;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public boolean isRequired() {
    return required;
  }

  public Integer getRequiredAtStep() {
    return requiredAtStep;
  }

  public boolean isActive() {
    return active;
  }

  public List<CustomFieldOption> getOptions() {
    return List.copyOf(options);
  }
}
