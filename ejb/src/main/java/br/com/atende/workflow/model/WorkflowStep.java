package br.com.atende.workflow.model;

import br.com.atende.cases.model.Case;
import br.com.atende.catalog.model.CaseType;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.AgentGroup;
import br.com.atende.shared.Identified;
import br.com.atende.shared.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One step (etapa) of a case type's workflow (SPEC C5): where "advance step" hands the case when it
 * enters this step, which standard fields must be filled before it leaves, and which extra
 * addresses are told of each hand-over into it.
 */
@Entity
@Table(name = "workflow_step")
public class WorkflowStep implements Identified {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workflow_step_seq")
  @SequenceGenerator(
      name = "workflow_step_seq",
      sequenceName = "workflow_step_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_type_id", updatable = false)
  private CaseType caseType;

  @Column(name = "step_order", nullable = false)
  private int stepOrder;

  @Column(nullable = false, length = 120)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private StepTarget target;

  @ManyToOne
  @JoinColumn(name = "target_group_id")
  private AgentGroup targetGroup;

  @ManyToOne
  @JoinColumn(name = "target_agent_id")
  private Agent targetAgent;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "workflow_step_field", joinColumns = @JoinColumn(name = "step_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "field", length = 30)
  private Set<StandardField> requiredFields = EnumSet.noneOf(StandardField.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "workflow_step_recipient", joinColumns = @JoinColumn(name = "step_id"))
  @Column(name = "email", length = 254)
  private Set<String> extraRecipients = new LinkedHashSet<>();

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  protected WorkflowStep() {}

  public WorkflowStep(CaseType caseType, int order, String name) {
    this.caseType = Objects.requireNonNull(caseType);
    this.target = StepTarget.HOLDER;
    define(order, name, StepTarget.HOLDER, null, null, Set.of(), List.of(), true);
  }

  /**
   * Sets what the step is. A GROUP step names an active group of the case type's company, an AGENT
   * step an active agent; the rules name neither. Extra recipients are validated addresses only.
   */
  public void define(
      int order,
      String name,
      StepTarget target,
      AgentGroup group,
      Agent agent,
      Set<StandardField> required,
      List<String> recipients,
      boolean active) {
    if (order < 1) {
      throw new InvalidInputException("order", "error.workflow.order");
    }
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("name", "error.required");
    }
    if (target == null) {
      throw new InvalidInputException("target", "error.required");
    }
    if (target == StepTarget.GROUP
        && (group == null
            || !group.isActive()
            || !Identified.same(group.getCompany(), caseType.getCompany()))) {
      throw new InvalidInputException("targetGroupId", "error.group.unknown");
    }
    if (target == StepTarget.AGENT && (agent == null || !agent.isActive())) {
      throw new InvalidInputException("targetAgentId", "error.agent.unknown");
    }
    this.stepOrder = order;
    this.name = name.strip();
    this.target = target;
    this.targetGroup = target == StepTarget.GROUP ? group : null;
    this.targetAgent = target == StepTarget.AGENT ? agent : null;
    this.requiredFields =
        required.isEmpty() ? EnumSet.noneOf(StandardField.class) : EnumSet.copyOf(required);
    this.extraRecipients = new LinkedHashSet<>(recipients);
    this.active = active;
  }

  /** The standard fields this step requires that the case has not filled in, in their order. */
  public List<StandardField> missingIn(Case supportCase) {
    return requiredFields.stream()
        .sorted()
        .filter(field -> !field.isFilledIn(supportCase))
        .toList();
  }

  public Long getId() {
    return id;
  }

  public CaseType getCaseType() {
    return caseType;
  }

  public int getOrder() {
    return stepOrder;
  }

  public String getName() {
    return name;
  }

  public StepTarget getTarget() {
    return target;
  }

  public AgentGroup getTargetGroup() {
    return targetGroup;
  }

  public Agent getTargetAgent() {
    return targetAgent;
  }

  public Set<StandardField> getRequiredFields() {
    return requiredFields.isEmpty()
        ? EnumSet.noneOf(StandardField.class)
        : EnumSet.copyOf(requiredFields);
  }

  public Set<String> getExtraRecipients() {
    return Set.copyOf(extraRecipients);
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }
}
