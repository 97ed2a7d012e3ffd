package br.com.atende.web.admin;

import br.com.atende.catalog.application.CatalogService;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.web.shared.Feedback;
import br.com.atende.workflow.application.SaveStepCommand;
import br.com.atende.workflow.application.WorkflowService;
import br.com.atende.workflow.application.WorkflowStepRow;
import br.com.atende.workflow.model.StandardField;
import br.com.atende.workflow.model.StepTarget;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The administrator's workflow page: a company's case type, its steps in order, and the form that
 * adds or changes one. The service validates; this bean only carries the form.
 */
@Named
@ViewScoped
public class WorkflowAdminBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CatalogService catalog;

  @Inject private WorkflowService workflows;

  private Long companyId;
  private Long caseTypeId;
  private List<Choice> companies = List.of();
  private List<Choice> caseTypes = List.of();
  private List<WorkflowStepRow> steps = List.of();
  private List<Choice> groups = List.of();
  private List<Choice> agents = List.of();

  private boolean editing;
  private Long stepId;
  private long stepVersion;
  private int order = 1;
  private String name;
  private StepTarget target = StepTarget.GROUP;
  private Long targetGroupId;
  private Long targetAgentId;

  /** An array, not a list: JSF converts the ticked values by the array's element type. */
  private StandardField[] requiredFields = {};

  private String recipients;
  private boolean active = true;

  public void load() {
    companies = catalog.companies();
    if (companyId == null && !companies.isEmpty()) {
      companyId = companies.get(0).id();
    }
    companyChosen();
  }

  public void companyChosen() {
    caseTypes = companyId == null ? List.of() : catalog.caseTypes(companyId);
    caseTypeId = caseTypes.isEmpty() ? null : caseTypes.get(0).id();
    caseTypeChosen();
  }

  public void caseTypeChosen() {
    editing = false;
    if (caseTypeId == null) {
      steps = List.of();
      groups = List.of();
      agents = List.of();
      return;
    }
    steps = workflows.steps(caseTypeId);
    groups = workflows.groupsFor(caseTypeId);
    agents = workflows.agentsFor(caseTypeId);
  }

  public void startNew() {
    stepId = null;
    stepVersion = 0;
    order = steps.stream().mapToInt(WorkflowStepRow::order).max().orElse(0) + 1;
    name = null;
    target = StepTarget.GROUP;
    targetGroupId = null;
    targetAgentId = null;
    requiredFields = new StandardField[0];
    recipients = null;
    active = true;
    editing = true;
  }

  public void edit(WorkflowStepRow row) {
    stepId = row.id();
    stepVersion = row.version();
    order = row.order();
    name = row.name();
    target = row.target();
    targetGroupId = row.targetGroupId();
    targetAgentId = row.targetAgentId();
    requiredFields = row.requiredFields().toArray(new StandardField[0]);
    recipients = String.join("\n", row.extraRecipients());
    active = row.active();
    editing = true;
  }

  public void save() {
    try {
      Set<StandardField> required = EnumSet.noneOf(StandardField.class);
      required.addAll(Arrays.asList(requiredFields));
      workflows.save(
          new SaveStepCommand(
              stepId,
              stepVersion,
              caseTypeId,
              order,
              name,
              target,
              targetGroupId,
              targetAgentId,
              required,
              recipients == null ? List.of() : Arrays.asList(recipients.split("[\\n,;]+")),
              active));
      Feedback.info("admin.workflow.saved", name);
      caseTypeChosen();
    } catch (BusinessException e) {
      Feedback.error(e);
    }
  }

  public void cancel() {
    editing = false;
  }

  public StepTarget[] getTargets() {
    return StepTarget.values();
  }

  public StandardField[] getStandardFields() {
    return StandardField.values();
  }

  public List<Choice> getCompanies() {
    return companies;
  }

  public List<Choice> getCaseTypes() {
    return caseTypes;
  }

  public List<WorkflowStepRow> getSteps() {
    return steps;
  }

  public List<Choice> getGroups() {
    return groups;
  }

  public List<Choice> getAgents() {
    return agents;
  }

  public boolean isEditing() {
    return editing;
  }

  public Long getCompanyId() {
    return companyId;
  }

  public void setCompanyId(Long companyId) {
    this.companyId = companyId;
  }

  public Long getCaseTypeId() {
    return caseTypeId;
  }

  public void setCaseTypeId(Long caseTypeId) {
    this.caseTypeId = caseTypeId;
  }

  public int getOrder() {
    return order;
  }

  public void setOrder(int order) {
    this.order = order;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public StepTarget getTarget() {
    return target;
  }

  public void setTarget(StepTarget target) {
    this.target = target;
  }

  public Long getTargetGroupId() {
    return targetGroupId;
  }

  public void setTargetGroupId(Long targetGroupId) {
    this.targetGroupId = targetGroupId;
  }

  public Long getTargetAgentId() {
    return targetAgentId;
  }

  public void setTargetAgentId(Long targetAgentId) {
    this.targetAgentId = targetAgentId;
  }

  public StandardField[] getRequiredFields() {
    return requiredFields;
  }

  public void setRequiredFields(StandardField[] requiredFields) {
    this.requiredFields = requiredFields;
  }

  public String getRecipients() {
    return recipients;
  }

  public void setRecipients(String recipients) {
    this.recipients = recipients;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
