package br.com.atende.web.admin;

import br.com.atende.customfield.application.CustomFieldAdminService;
import br.com.atende.customfield.application.FieldDefinition;
import br.com.atende.customfield.model.FieldType;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.web.shared.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The administrator's custom fields page (SPEC C7): pick a company and a case type, then add or
 * change its fields and the options of its choice fields.
 */
@Named
@ViewScoped
public class CustomFieldsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CustomFieldAdminService admin;

  private List<Choice> companies;
  private Long companyId;
  private List<Choice> caseTypes = List.of();
  private Long caseTypeId;
  private List<FieldDefinition> fields = List.of();

  private Long fieldId;
  private String name;
  private FieldType type = FieldType.TEXT;
  private String helpText;
  private int sortOrder = 1;
  private boolean required;
  private Integer requiredAtStep;
  private boolean active = true;

  private Long optionsFieldId;
  private String optionLabel;
  private int optionOrder = 1;

  public void load() {
    companies = admin.companies();
    if (companyId == null && !companies.isEmpty()) {
      companyId = companies.get(0).id();
      companyChosen();
    }
  }

  public void companyChosen() {
    caseTypes = companyId == null ? List.of() : admin.caseTypes(companyId);
    caseTypeId = caseTypes.isEmpty() ? null : caseTypes.get(0).id();
    caseTypeChosen();
  }

  public void caseTypeChosen() {
    newField();
    optionsFieldId = null;
    reloadFields();
  }

  private void reloadFields() {
    fields = caseTypeId == null ? List.of() : admin.fields(caseTypeId);
  }

  public void newField() {
    fieldId = null;
    name = null;
    type = FieldType.TEXT;
    helpText = null;
    sortOrder = fields.size() + 1;
    required = false;
    requiredAtStep = null;
    active = true;
  }

  public void edit(FieldDefinition field) {
    fieldId = field.id();
    name = field.name();
    type = field.type();
    helpText = field.helpText();
    sortOrder = field.sortOrder();
    required = field.required();
    requiredAtStep = field.requiredAtStep();
    active = field.active();
    optionsFieldId = field.type().isChoice() ? field.id() : null;
  }

  public void saveField() {
    if (caseTypeId == null) {
      return;
    }
    try {
      long saved =
          admin.saveField(
              new FieldDefinition(
                  fieldId,
                  caseTypeId,
                  name,
                  type,
                  helpText,
                  sortOrder,
                  required,
                  requiredAtStep,
                  active,
                  List.of()));
      Feedback.info("admin.customFields.saved");
      optionsFieldId = type.isChoice() ? saved : null;
      reloadFields();
      newField();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void addOption() {
    try {
      admin.addOption(optionsFieldId, optionLabel, optionOrder);
      Feedback.info("admin.customFields.optionSaved");
      optionLabel = null;
      optionOrder++;
      reloadFields();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void toggleOption(FieldDefinition.OptionRow option) {
    try {
      admin.changeOption(option.id(), option.label(), option.sortOrder(), !option.active());
      reloadFields();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  /** The choice field whose options are being edited, if any. */
  public FieldDefinition getOptionsField() {
    return fields.stream().filter(f -> f.id().equals(optionsFieldId)).findFirst().orElse(null);
  }

  public FieldType[] getTypes() {
    return FieldType.values();
  }

  public List<Choice> getCompanies() {
    return companies;
  }

  public Long getCompanyId() {
    return companyId;
  }

  public void setCompanyId(Long companyId) {
    this.companyId = companyId;
  }

  public List<Choice> getCaseTypes() {
    return caseTypes;
  }

  public Long getCaseTypeId() {
    return caseTypeId;
  }

  public void setCaseTypeId(Long caseTypeId) {
    this.caseTypeId = caseTypeId;
  }

  public List<FieldDefinition> getFields() {
    return fields;
  }

  public Long getFieldId() {
    return fieldId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public FieldType getType() {
    return type;
  }

  public void setType(FieldType type) {
    this.type = type;
  }

  public String getHelpText() {
    return helpText;
  }

  public void setHelpText(String helpText) {
    this.helpText = helpText;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public Integer getRequiredAtStep() {
    return requiredAtStep;
  }

  public void setRequiredAtStep(Integer requiredAtStep) {
    this.requiredAtStep = requiredAtStep;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getOptionLabel() {
    return optionLabel;
  }

  public void setOptionLabel(String optionLabel) {
    this.optionLabel = optionLabel;
  }

  public int getOptionOrder() {
    return optionOrder;
  }

  public void setOptionOrder(int optionOrder) {
    this.optionOrder = optionOrder;
  }
}
