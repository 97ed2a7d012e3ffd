package br.com.atende.workflow.application;

import static br.com.atende.shared.InvalidInputException.requireValid;

import br.com.atende.cases.application.CaseAccess;
import br.com.atende.cases.application.HandOverRecorder;
import br.com.atende.cases.model.AccessRule;
import br.com.atende.cases.model.Case;
import br.com.atende.cases.model.HandOver;
import br.com.atende.catalog.model.CaseType;
import br.com.atende.customfield.application.CustomFieldService;
import br.com.atende.mail.application.EmailAddresses;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.AgentGroup;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.CappedCount;
import br.com.atende.shared.Choice;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.PageRequest;
import br.com.atende.workflow.model.StandardField;
import br.com.atende.workflow.model.WorkflowStep;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Case-type workflows (SPEC C5): admins define the ordered steps; agents "advance step", which
 * first lists what the current step requires and the case lacks, then hands the case to the next
 * step's group, agent or rule and tells the step's extra addresses, in one transaction.
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR})
public class WorkflowService {

  private static final String STEPS_OF_TYPE =
      "SELECT s FROM WorkflowStep s WHERE s.caseType.id = :type";

  private static final String STEP_HISTORY_OF_VISIBLE_CASE =
      " FROM Forwarding f JOIN f.supportCase c JOIN f.by b LEFT JOIN f.toAgent ta"
          + " LEFT JOIN f.toGroup tg, WorkflowStep s"
          + " WHERE s.id = f.stepId AND c.id = :case AND c.company.id = :company AND "
          + AccessRule.JPQL;

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private CaseAccess access;

  @Inject private HandOverRecorder handOvers;

  @Inject private CustomFieldService customFields;

  @Inject private Validator validator;

  @Inject private Clock clock;

  // --- Configuration (ADMIN) -------------------------------------------------------------------

  /** The steps of a case type in their order, active or not (a workflow has a handful). */
  @RolesAllowed(Role.Names.ADMIN)
  public List<WorkflowStepRow> steps(long caseTypeId) {
    return em
        .createQuery(STEPS_OF_TYPE + " ORDER BY s.stepOrder", WorkflowStep.class)
        .setParameter("type", caseTypeId)
        .getResultList()
        .stream()
        .map(WorkflowService::row)
        .toList();
  }

  /** Creates or changes a step; names the field at fault, saves nothing on bad input. */
  @RolesAllowed(Role.Names.ADMIN)
  public long save(SaveStepCommand command) {
    requireValid(validator, command);
    CaseType caseType = em.find(CaseType.class, command.caseTypeId());
    if (caseType == null) {
      throw new InvalidInputException("caseTypeId", "error.required");
    }
    AgentGroup group =
        command.targetGroupId() == null ? null : em.find(AgentGroup.class, command.targetGroupId());
    Agent agent =
        command.targetAgentId() == null ? null : em.find(Agent.class, command.targetAgentId());
    List<String> recipients = new ArrayList<>();
    for (String typed : command.extraRecipients()) {
      if (typed == null || typed.isBlank()) {
        continue;
      }
      recipients.add(
          EmailAddresses.valid(typed.strip())
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "extraRecipients", "error.workflow.recipient", typed.strip())));
    }
    WorkflowStep step;
    if (command.stepId() == null) {
      step = new WorkflowStep(caseType, Math.max(command.order(), 1), command.name());
    } else {
      step = em.find(WorkflowStep.class, command.stepId());
      if (step == null || !step.getCaseType().getId().equals(caseType.getId())) {
        throw new InvalidInputException("stepId", "error.workflow.unknownStep");
      }
      if (step.getVersion() != command.expectedVersion()) {
        throw new BusinessException("error.workflow.changedMeanwhile", "name");
      }
    }
    boolean orderTaken =
        em.createQuery(
                    "SELECT COUNT(s) FROM WorkflowStep s WHERE s.caseType.id = :type"
                        + " AND s.stepOrder = :order AND s.id <> :self",
                    Long.class)
                .setParameter("type", caseType.getId())
                .setParameter("order", command.order())
                .setParameter("self", step.getId() == null ? -1L : step.getId())
                .getSingleResult()
            > 0;
    if (orderTaken) {
      throw new InvalidInputException("order", "error.workflow.orderTaken");
    }
    step.define(
        command.order(),
        command.name(),
        command.target(),
        group,
        agent,
        command.requiredFields(),
        recipients,
        command.active());
    if (step.getId() == null) {
      em.persist(step);
    }
    em.flush();
    return step.getId();
  }

  /** The active groups of a case type's company, for a GROUP step. */
  @RolesAllowed(Role.Names.ADMIN)
  public List<Choice> groupsFor(long caseTypeId) {
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(g.id, g.name) FROM AgentGroup g, CaseType t"
                + " WHERE t.id = :type AND g.company = t.company AND g.active = :active"
                + " ORDER BY g.name",
            Choice.class)
        .setParameter("type", caseTypeId)
        .setParameter("active", true)
        .getResultList();
  }

  /** The active agents of a case type's company, for an AGENT step. */
  @RolesAllowed(Role.Names.ADMIN)
  public List<Choice> agentsFor(long caseTypeId) {
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(a.id, a.name) FROM Agent a, CaseType t"
                + " WHERE t.id = :type AND a.company = t.company AND a.active = :active"
                + " AND a.apiClient = :apiClient ORDER BY a.name",
            Choice.class)
        .setParameter("apiClient", false)
        .setParameter("type", caseTypeId)
        .setParameter("active", true)
        .getResultList();
  }

  // --- Moving a case along (AGENT) -------------------------------------------------------------

  /** Where a visible case stands in its type's workflow. */
  public WorkflowState state(long caseId) {
    Case supportCase = access.visible(caseId, agents.currentAgent());
    List<WorkflowStep> steps = activeSteps(supportCase);
    Optional<WorkflowStep> current = current(supportCase);
    Optional<WorkflowStep> next = next(steps, current);
    return new WorkflowState(
        !steps.isEmpty(),
        current.map(WorkflowStep::getOrder).orElse(null),
        current.map(WorkflowStep::getName).orElse(null),
        next.map(WorkflowStep::getName).orElse(null),
        supportCase.getVersion());
  }

  /**
   * "Advance step": refuses, naming every missing field, while the current step's required standard
   * fields are empty; else hands the case into the next active step and queues the forwarding email
   * to whoever receives it and to the step's extra addresses. Returns the case's new version.
   */
  public long advance(long caseId, long expectedVersion) {
    Agent by = agents.currentAgent();
    Case supportCase = access.forChange(caseId, expectedVersion, by);
    List<WorkflowStep> steps = activeSteps(supportCase);
    if (steps.isEmpty()) {
      throw new BusinessException("error.workflow.none", "caseTypeId");
    }
    Optional<WorkflowStep> current = current(supportCase);
    WorkflowStep next =
        next(steps, current)
            .orElseThrow(() -> new BusinessException("error.workflow.lastStep", "status"));
    // What the current step needs before the case leaves it, and the custom fields required to be
    // at the next one (required, or required from its position on).
    List<StandardField> missing =
        current.map(step -> step.missingIn(supportCase)).orElse(List.of());
    List<String> missingCustom = customFields.missingRequiredFields(caseId, next.getOrder());
    if (!missing.isEmpty() || !missingCustom.isEmpty()) {
      throw new StepFieldsMissingException(missing, missingCustom);
    }
    Agent toAgent =
        switch (next.getTarget()) {
          case AGENT -> next.getTargetAgent();
          case OPENER -> supportCase.getOpener();
          case GROUP, HOLDER -> null;
        };
    AgentGroup toGroup = next.getTargetGroup();
    HandOver handOver =
        supportCase.enterStep(
            next.getId(), next.getName(), toAgent, toGroup, by, LocalDateTime.now(clock));
    List<Agent> recipients =
        toGroup != null
            ? List.copyOf(toGroup.activeMembers())
            : toAgent == null ? List.of() : List.of(toAgent);
    handOvers.record(supportCase, handOver, recipients, next.getExtraRecipients());
    return supportCase.getVersion();
  }

  /** The steps a visible case went through, newest first, paged. */
  public List<StepHistoryItem> stepHistory(long caseId, PageRequest page) {
    return access
        .ofVisibleCase(
            "SELECT NEW br.com.atende.workflow.application.StepHistoryItem(s.stepOrder, s.name,"
                + " b.name, ta.name, tg.name, f.forwardedAt)"
                + STEP_HISTORY_OF_VISIBLE_CASE
                + " ORDER BY f.forwardedAt DESC, f.id DESC",
            StepHistoryItem.class,
            caseId,
            agents.currentAgent())
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  /** Steps the history pages through, capped like every count a page shows. */
  public long countStepHistory(long caseId) {
    return CappedCount.count(
            access.ofVisibleCase(
                "SELECT f.id" + STEP_HISTORY_OF_VISIBLE_CASE,
                Long.class,
                caseId,
                agents.currentAgent()))
        .value();
  }

  private List<WorkflowStep> activeSteps(Case supportCase) {
    if (supportCase.getCaseType() == null) {
      return List.of();
    }
    return em.createQuery(
            STEPS_OF_TYPE + " AND s.active = :active ORDER BY s.stepOrder", WorkflowStep.class)
        .setParameter("type", supportCase.getCaseType().getId())
        .setParameter("active", true)
        .getResultList();
  }

  private Optional<WorkflowStep> current(Case supportCase) {
    return Optional.ofNullable(supportCase.getWorkflowStepId())
        .map(id -> em.find(WorkflowStep.class, id));
  }

  /** The first active step after the current one (the first of all before the workflow starts). */
  private static Optional<WorkflowStep> next(
      List<WorkflowStep> steps, Optional<WorkflowStep> current) {
    int after = current.map(WorkflowStep::getOrder).orElse(0);
    return steps.stream().filter(step -> step.getOrder() > after).findFirst();
  }

  private static WorkflowStepRow row(WorkflowStep step) {
    return new WorkflowStepRow(
        step.getId(),
        step.getVersion(),
        step.getOrder(),
        step.getName(),
        step.getTarget(),
        step.getTargetGroup() == null ? null : step.getTargetGroup().getId(),
        step.getTargetGroup() == null ? null : step.getTargetGroup().getName(),
        step.getTargetAgent() == null ? null : step.getTargetAgent().getId(),
        step.getTargetAgent() == null ? null : step.getTargetAgent().getName(),
        step.getRequiredFields(),
        step.getExtraRecipients().stream().sorted().toList(),
        step.isActive());
  }
}
