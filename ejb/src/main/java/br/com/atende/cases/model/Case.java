package br.com.atende.cases.model;

import br.com.atende.catalog.model.CaseCategory;
import br.com.atende.catalog.model.CaseType;
import br.com.atende.catalog.model.Classification;
import br.com.atende.catalog.model.Product;
import br.com.atende.catalog.model.ProductModule;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.AgentGroup;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.Contact;
import br.com.atende.party.model.Party;
import br.com.atende.party.model.Representative;
import br.com.atende.shared.BusinessException;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A case (atendimento): a request for service from a party. Opened NEW in a department's queue, or
 * IN_PROGRESS when opened straight into an agent's hands. The opener is fixed at opening and
 * survives any forward.
 */
@Entity
@Table(name = "support_case")
public class Case {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_case_seq")
  @SequenceGenerator(
      name = "support_case_seq",
      sequenceName = "support_case_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "company_id", updatable = false)
  private Company company;

  @Column(name = "case_number", nullable = false, updatable = false, length = 20)
  private String number;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(nullable = false)
  private String request;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Priority priority;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private CaseStatus status;

  @Column(name = "access_level", nullable = false)
  private int accessLevel;

  @ManyToOne(optional = false)
  @JoinColumn(name = "party_id")
  private Party party;

  @ManyToOne
  @JoinColumn(name = "contact_id")
  private Contact contact;

  @ManyToOne(optional = false)
  @JoinColumn(name = "department_id")
  private Department department;

  @ManyToOne(optional = false)
  @JoinColumn(name = "opener_id", updatable = false)
  private Agent opener;

  @ManyToOne
  @JoinColumn(name = "holder_id")
  private Agent holder;

  /**
   * The holder's id, read-only: lets queries test "held by the viewer" on the column itself, where
   * a path like {@code c.holder.id} would make the provider inner-join the agent table and lose
   * every unheld case.
   */
  @Column(name = "holder_id", insertable = false, updatable = false)
  private Long holderId;

  /** The group the case was forwarded to while no one agent holds it (SPEC C5). */
  @ManyToOne
  @JoinColumn(name = "holding_group_id")
  private AgentGroup holdingGroup;

  @Column(name = "holding_group_id", insertable = false, updatable = false)
  private Long holdingGroupId;

  /** Who a return ("repassar de volta") gives the case back to: who last forwarded it. */
  @ManyToOne
  @JoinColumn(name = "return_to_id")
  private Agent returnTo;

  /**
   * The client replied after the agent last did (queue tab "answered by the client"). Set and
   * cleared by native updates, which leave the version alone.
   */
  @Column(name = "awaiting_agent", nullable = false, updatable = false)
  private boolean awaitingAgent;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private LocalDateTime openedAt;

  @Column(name = "due_date")
  private LocalDateTime dueDate;

  @ManyToOne
  @JoinColumn(name = "contact_channel", updatable = false)
  private ContactChannel channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "contact_origin", updatable = false, length = 20)
  private ContactOrigin origin;

  @Column(nullable = false)
  private boolean overdue;

  @ManyToOne
  @JoinColumn(name = "case_type_id")
  private CaseType caseType;

  @ManyToOne
  @JoinColumn(name = "classification_id")
  private Classification classification;

  @ManyToOne
  @JoinColumn(name = "category_id")
  private CaseCategory category;

  @ManyToOne
  @JoinColumn(name = "product_id")
  private Product product;

  @ManyToOne
  @JoinColumn(name = "product_module_id")
  private ProductModule module;

  @ManyToOne
  @JoinColumn(name = "representative_id")
  private Representative representative;

  @ManyToOne
  @JoinColumn(name = "representative_contact_id")
  private Contact representativeContact;

  /** When an agent first acted on the case after opening it: the first response. */
  @Column(name = "first_contact_at")
  private LocalDateTime firstContactAt;

  /** The date and time agreed with the client for the last scheduling. */
  @Column(name = "scheduled_for")
  private LocalDateTime scheduledFor;

  @Column(name = "scheduling_count", nullable = false)
  private int schedulingCount;

  /**
   * Voicemail messages left for the client and not yet answered; while any, the case is blocked
   * (C3).
   */
  @Column(name = "voicemail_messages", nullable = false)
  private int voicemailMessages;

  /** Set when the client is told of the solution (NOTIFIED); cleared when the case is reopened. */
  @Column(name = "closed_at")
  private LocalDateTime closedAt;

  /** Who saved the case last: named in the message of a concurrent change. */
  @ManyToOne
  @JoinColumn(name = "last_changed_by_id")
  private Agent lastChangedBy;

  /**
   * The case this one is an escalation of (SPEC C5), by id: the parent is never loaded with its
   * children, and "may the parent be concluded" is one count over this column.
   */
  @Column(name = "parent_case_id", updatable = false)
  private Long parentCaseId;

  /**
   * The workflow step the case is in (SPEC C5), by id: none before its first "advance step" or when
   * its type has no workflow.
   */
  @Column(name = "workflow_step_id")
  private Long workflowStepId;

  @Version private long version;

  protected Case() {}

  /**
   * Opens a case. The contact, when given, must be one of the party's; the holder, when given,
   * takes the case straight into IN_PROGRESS.
   */
  public Case(
      CaseNumber number,
      Agent opener,
      Department department,
      Party party,
      Contact contact,
      String subject,
      String request,
      Priority priority,
      int accessLevel,
      LocalDateTime openedAt,
      LocalDateTime dueDate,
      Agent holder) {
    this.company = department.getCompany();
    this.number = number.toString();
    this.opener = Objects.requireNonNull(opener);
    this.department = Objects.requireNonNull(department);
    this.party = Objects.requireNonNull(party);
    if (contact != null && !contact.belongsTo(party)) {
      throw new IllegalArgumentException("the contact belongs to another party");
    }
    this.contact = contact;
    this.subject = Objects.requireNonNull(subject);
    this.request = Objects.requireNonNull(request);
    this.priority = Objects.requireNonNull(priority);
    if (accessLevel < 0) {
      throw new IllegalArgumentException("access level must not be negative");
    }
    this.accessLevel = accessLevel;
    this.openedAt = Objects.requireNonNull(openedAt);
    this.dueDate = dueDate;
    this.holder = holder;
    this.holderId = holder == null ? null : holder.getId();
    this.lastChangedBy = opener;
    this.status = holder == null ? CaseStatus.NEW : CaseStatus.IN_PROGRESS;
  }

  /**
   * Moves the case to another status, by the rules of {@link StatusTransitions}: SCHEDULED needs a
   * future date agreed with the client and counts a scheduling; NOTIFIED closes the case; going
   * back to work from SOLVED or NOTIFIED reopens it; a pending voicemail blocks scheduling and
   * concluding; taking a NEW case makes the agent its holder. Returns the status-history row to
   * record.
   */
  public StatusChange changeStatus(
      CaseStatus target, Agent by, LocalDateTime now, LocalDateTime agreedSchedule) {
    Objects.requireNonNull(target);
    if (!StatusTransitions.isAllowed(status, target)) {
      throw new BusinessException("error.status.notAllowed", "status");
    }
    if (voicemailMessages > 0 && StatusTransitions.isBlockedByVoicemail(target)) {
      throw new BusinessException("error.status.voicemailPending", "status");
    }
    if (target == CaseStatus.SCHEDULED) {
      if (agreedSchedule == null) {
        throw new InvalidInputException("scheduledFor", "error.required");
      }
      if (!agreedSchedule.isAfter(now)) {
        throw new InvalidInputException("scheduledFor", "error.future");
      }
      scheduledFor = agreedSchedule;
      schedulingCount++;
    }
    if (target == CaseStatus.NOTIFIED) {
      closedAt = now;
    }
    if (StatusTransitions.isReopening(status, target)) {
      closedAt = null;
    }
    if (status == CaseStatus.NEW && holder == null && target == CaseStatus.IN_PROGRESS) {
      holder = by;
      holderId = by.getId();
    }
    StatusChange change =
        new StatusChange(
            this, status, target, by, now, target == CaseStatus.SCHEDULED ? agreedSchedule : null);
    status = target;
    touchedBy(by);
    return change;
  }

  /**
   * Changes the case's access level (SPEC C4): only a supervisor may. Returns the audit row to
   * record, or null when the level is already the requested one.
   */
  public CaseAudit changeAccessLevel(int level, Agent by, LocalDateTime now) {
    if (!by.holds(Role.SUPERVISOR)) {
      throw new BusinessException("error.accessLevel.supervisorOnly", "accessLevel");
    }
    if (level < 0) {
      throw new InvalidInputException("accessLevel", "error.accessLevel.negative");
    }
    if (level == accessLevel) {
      return null;
    }
    CaseAudit audit = new CaseAudit(this, "accessLevel", accessLevel, level, by, now);
    accessLevel = level;
    touchedBy(by);
    return audit;
  }

  /**
   * A supervisor hands the case to an agent (SPEC §2): the agent becomes its holder, and a NEW case
   * goes to work. Returns the status-history row when the status changed, else null.
   */
  public StatusChange assignTo(Agent agent, Agent by, LocalDateTime now) {
    if (!by.holds(Role.SUPERVISOR)) {
      throw new BusinessException("error.assign.supervisorOnly", "holder");
    }
    if (!status.isOpen()) {
      throw new BusinessException("error.assign.closed", "holder");
    }
    checkAssignable(agent, by);
    holder = agent;
    holderId = agent.getId();
    holdingGroup = null;
    holdingGroupId = null;
    touchedBy(by);
    if (status != CaseStatus.NEW) {
      return null;
    }
    StatusChange change = new StatusChange(this, status, CaseStatus.IN_PROGRESS, by, now, null);
    status = CaseStatus.IN_PROGRESS;
    return change;
  }

  /**
   * Whom a supervisor may assign a case to: an active agent of the supervisor's own department
   * (SPEC §1: a supervisor leads its department's agents), itself included.
   */
  public static boolean mayAssign(Agent supervisor, Agent agent) {
    return supervisor.holds(Role.SUPERVISOR)
        && agent != null
        && agent.isActive()
        && agent.holds(Role.AGENT)
        && sameEntity(agent.getDepartment(), supervisor.getDepartment());
  }

  private static void checkAssignable(Agent agent, Agent by) {
    if (agent == null || !agent.isActive()) {
      throw new InvalidInputException("holder", "error.agent.unknown");
    }
    if (!mayAssign(by, agent)) {
      throw new InvalidInputException("holder", "error.assign.otherDepartment");
    }
  }

  /**
   * Forwards the case to an agent of any company (SPEC C5), with a reason. Needs the CASE_FORWARD
   * permission, and the case in the forwarder's hands: held by it, unheld in its department or
   * group, or of the department it supervises. A NEW case goes to work.
   */
  public HandOver forwardTo(Agent target, String reason, Agent by, LocalDateTime now) {
    checkMayForward(by);
    String why = required(reason, "reason");
    if (target == null || !target.isActive() || !target.holds(Role.AGENT)) {
      throw new InvalidInputException("targetAgentId", "error.agent.unknown");
    }
    if (isHeldBy(target)) {
      throw new BusinessException("error.forward.sameHolder", "targetAgentId");
    }
    Forwarding row =
        new Forwarding(
            this, ForwardingKind.FORWARD, holder, target, null, null, null, by, why, now);
    returnTo = by;
    return handTo(target, row, by, now);
  }

  /**
   * Forwards the case to a group: no one agent holds it then, and it queues for every member. Same
   * permission as {@link #forwardTo(Agent, String, Agent, LocalDateTime)}.
   */
  public HandOver forwardTo(AgentGroup group, String reason, Agent by, LocalDateTime now) {
    checkMayForward(by);
    String why = required(reason, "reason");
    if (group == null || !group.isActive()) {
      throw new InvalidInputException("targetGroupId", "error.group.unknown");
    }
    if (holder == null && group.getId() != null && group.getId().equals(holdingGroupId)) {
      throw new BusinessException("error.forward.sameHolder", "targetGroupId");
    }
    Forwarding row =
        new Forwarding(this, ForwardingKind.FORWARD, holder, null, group, null, null, by, why, now);
    returnTo = by;
    holder = null;
    holderId = null;
    holdingGroup = group;
    holdingGroupId = group.getId();
    touchedBy(by);
    return new HandOver(row, null);
  }

  /**
   * Gives the case back to who forwarded it ("repassar de volta"), with a mandatory justification.
   * Its holder (or, while a group holds it, a member) may, with or without the forward permission.
   */
  public HandOver returnToForwarder(String justification, Agent by, LocalDateTime now) {
    if (!status.isOpen()) {
      throw new BusinessException("error.forward.closed", "status");
    }
    checkNoVoicemailPending();
    boolean inHands =
        isHeldBy(by) || (holder == null && holdingGroup != null && holdingGroup.hasMember(by));
    if (!inHands) {
      throw new BusinessException("error.return.notHolder", "holder");
    }
    if (returnTo == null || returnTo.isSameAs(by) || !returnTo.isActive()) {
      throw new BusinessException("error.return.nobody", "holder");
    }
    String why = required(justification, "justification");
    Agent back = returnTo;
    Forwarding row =
        new Forwarding(this, ForwardingKind.RETURN, holder, back, null, null, null, by, why, now);
    returnTo = by;
    return handTo(back, row, by, now);
  }

  /**
   * An agent takes an unheld case of its queue ("me vincular", SPEC C5): one of its department that
   * no group holds, or one its group holds. A NEW case goes to work.
   */
  public HandOver link(Agent by, LocalDateTime now) {
    if (!status.isOpen()) {
      throw new BusinessException("error.forward.closed", "status");
    }
    if (holder != null) {
      throw new BusinessException("error.link.held", "holder");
    }
    if (!inQueueOf(by)) {
      throw new BusinessException("error.link.notYourQueue", "holder");
    }
    Forwarding row =
        new Forwarding(this, ForwardingKind.LINK, null, by, null, null, null, by, null, now);
    return handTo(by, row, by, now);
  }

  /**
   * Moves the case to another department of its company and, optionally, to one of that
   * department's agents (SPEC C5, 004 §4.7); without one, it waits in the department's new-cases
   * queue. Needs the CASE_TRANSFER permission. No new case is created.
   */
  public HandOver transferTo(
      Department target, Agent agent, String reason, Agent by, LocalDateTime now) {
    if (!by.may(Permission.CASE_TRANSFER)) {
      throw new BusinessException("error.transfer.notPermitted", null);
    }
    if (!status.isOpen()) {
      throw new BusinessException("error.forward.closed", "status");
    }
    checkNoVoicemailPending();
    if (target == null || !sameEntity(target.getCompany(), company)) {
      throw new InvalidInputException("targetDepartmentId", "error.transfer.otherCompany");
    }
    if (agent != null && (!agent.isActive() || !sameEntity(agent.getDepartment(), target))) {
      throw new InvalidInputException("targetAgentId", "error.transfer.agentNotOfDepartment");
    }
    if (sameEntity(target, department) && (agent == null ? holder == null : isHeldBy(agent))) {
      throw new BusinessException("error.transfer.nothing", "targetDepartmentId");
    }
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (why != null && why.length() > 4000) {
      throw new InvalidInputException("reason", "error.tooLong");
    }
    Forwarding row =
        new Forwarding(
            this, ForwardingKind.TRANSFER, holder, agent, null, department, target, by, why, now);
    department = target;
    if (agent == null) {
      holder = null;
      holderId = null;
      holdingGroup = null;
      holdingGroupId = null;
      touchedBy(by);
      return new HandOver(row, null);
    }
    return handTo(agent, row, by, now);
  }

  /**
   * "Advance step" (SPEC C5): hands the case into a step of its workflow, to the step's group or
   * agent, or leaves it with its holder when the step names neither. The flow itself authorises the
   * hand-over, so no forward permission is needed; the case must be in the agent's hands. The
   * history row carries the step and, as its reason, the step's name.
   */
  public HandOver enterStep(
      long stepId,
      String stepName,
      Agent toAgent,
      AgentGroup toGroup,
      Agent by,
      LocalDateTime now) {
    if (!status.isOpen()) {
      throw new BusinessException("error.forward.closed", "status");
    }
    if (!inHandsOf(by)) {
      throw new BusinessException("error.workflow.notHolder", "holder");
    }
    checkNoVoicemailPending();
    Agent target = toGroup == null && toAgent == null ? holder : toAgent;
    Forwarding row =
        new Forwarding(
                this, ForwardingKind.STEP, holder, target, toGroup, null, null, by, stepName, now)
            .inStep(stepId);
    workflowStepId = stepId;
    if (toGroup != null) {
      returnTo = by;
      holder = null;
      holderId = null;
      holdingGroup = toGroup;
      holdingGroupId = toGroup.getId();
      touchedBy(by);
      return new HandOver(row, null);
    }
    if (target == null || isHeldBy(target)) {
      touchedBy(by);
      return new HandOver(row, null);
    }
    returnTo = by;
    return handTo(target, row, by, now);
  }

  public Long getWorkflowStepId() {
    return workflowStepId;
  }

  /**
   * The forwarding-history row of a supervisor's assignment ({@link #assignTo}), made before it,
   * while the previous holder is still known.
   */
  public Forwarding assignmentRecord(Agent agent, Agent by, LocalDateTime now) {
    return new Forwarding(
        this, ForwardingKind.ASSIGN, holder, agent, null, null, null, by, null, now);
  }

  /** Whether the agent may forward the case (SPEC C5), as {@link #forwardTo} checks it. */
  public boolean mayBeForwardedBy(Agent agent) {
    return status.isOpen() && agent.may(Permission.CASE_FORWARD) && inHandsOf(agent);
  }

  /** Whether the case is unheld and waiting in this agent's queue of new cases. */
  public boolean inQueueOf(Agent agent) {
    if (holder != null || !status.isOpen()) {
      return false;
    }
    return holdingGroup != null
        ? holdingGroup.hasMember(agent)
        : sameEntity(department, agent.getDepartment());
  }

  private boolean inHandsOf(Agent agent) {
    return isHeldBy(agent)
        || (agent.holds(Role.SUPERVISOR) && sameEntity(department, agent.getDepartment()))
        || inQueueOf(agent);
  }

  private void checkMayForward(Agent by) {
    if (!status.isOpen()) {
      throw new BusinessException("error.forward.closed", "status");
    }
    checkNoVoicemailPending();
    if (!by.may(Permission.CASE_FORWARD)) {
      throw new BusinessException("error.forward.notPermitted", null);
    }
    if (!inHandsOf(by)) {
      throw new BusinessException("error.forward.notHolder", "holder");
    }
  }

  /**
   * A pending voicemail blocks every change of hands but a link and a supervisor's assignment (SPEC
   * C3): whoever holds the case must reach the client before passing it on.
   */
  private void checkNoVoicemailPending() {
    if (voicemailMessages > 0) {
      throw new BusinessException("error.forward.voicemailPending", null);
    }
  }

  private HandOver handTo(Agent agent, Forwarding row, Agent by, LocalDateTime now) {
    holder = agent;
    holderId = agent.getId();
    holdingGroup = null;
    holdingGroupId = null;
    touchedBy(by);
    if (status != CaseStatus.NEW) {
      return new HandOver(row, null);
    }
    StatusChange change = new StatusChange(this, status, CaseStatus.IN_PROGRESS, by, now, null);
    status = CaseStatus.IN_PROGRESS;
    return new HandOver(row, change);
  }

  private static String required(String text, String field) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, "error.required");
    }
    String stripped = text.strip();
    if (stripped.length() > 4000) {
      throw new InvalidInputException(field, "error.tooLong");
    }
    return stripped;
  }

  /**
   * Says what the case is about, while it is being opened (SPEC C1). The classification must be of
   * the case type and the module of the product; a classification with an access level sets the
   * case's level (SPEC C4).
   */
  public Case classifiedAs(
      CaseType caseType,
      Classification classification,
      CaseCategory category,
      Product product,
      ProductModule module) {
    if (id != null) {
      throw new IllegalStateException("classified while opening; later changes go through edit");
    }
    checkCatalog(caseType, classification, category, product, module);
    this.caseType = caseType;
    this.classification = classification;
    this.category = category;
    this.product = product;
    this.module = module;
    if (classification != null && classification.setsAccessLevel()) {
      this.accessLevel = classification.getAccessLevel();
    }
    return this;
  }

  /**
   * Sets the access level chosen while opening (SPEC C4): only a supervisor may choose one; it
   * overrides the level the classification brought.
   */
  public Case openedAtLevel(int level, Agent by) {
    requireOpening();
    if (!by.holds(Role.SUPERVISOR)) {
      throw new BusinessException("error.accessLevel.supervisorOnly", "accessLevel");
    }
    if (level < 0) {
      throw new InvalidInputException("accessLevel", "error.accessLevel.negative");
    }
    this.accessLevel = level;
    return this;
  }

  /**
   * Opens the case into a group of its company (SPEC C1 "department/group"): no one agent holds it,
   * it waits in every member's queue of new cases. Returns the history row of the hand-over.
   */
  public HandOver openedForGroup(AgentGroup group, Agent by, LocalDateTime now) {
    requireOpening();
    if (group == null || !group.isActive() || !sameEntity(group.getCompany(), company)) {
      throw new InvalidInputException("targetGroupId", "error.group.unknown");
    }
    if (holder != null) {
      throw new InvalidInputException("targetGroupId", "error.open.groupAndAssignee");
    }
    holdingGroup = group;
    holdingGroupId = group.getId();
    return new HandOver(
        new Forwarding(this, ForwardingKind.ASSIGN, null, null, group, null, null, by, null, now),
        null);
  }

  /**
   * A supervisor opens the case straight into the hands of an agent of its department (SPEC C1
   * "optional assignee"): IN_PROGRESS, recorded as an assignment. Returns the history row.
   */
  public HandOver openedAssignedTo(Agent agent, Agent by, LocalDateTime now) {
    requireOpening();
    if (!by.holds(Role.SUPERVISOR)) {
      throw new BusinessException("error.assign.supervisorOnly", "assignee");
    }
    if (holder != null || holdingGroup != null) {
      throw new InvalidInputException("assigneeId", "error.open.groupAndAssignee");
    }
    if (agent == null || !mayAssign(by, agent) || !sameEntity(agent.getDepartment(), department)) {
      throw new InvalidInputException("assigneeId", "error.assign.otherDepartment");
    }
    holder = agent;
    holderId = agent.getId();
    status = CaseStatus.IN_PROGRESS;
    return new HandOver(
        new Forwarding(this, ForwardingKind.ASSIGN, null, agent, null, null, null, by, null, now),
        null);
  }

  private void requireOpening() {
    if (id != null) {
      throw new IllegalStateException("set while opening; later changes have their own actions");
    }
  }

  /** Links the sales representative and one of its contacts, while the case is being opened. */
  public Case representedBy(Representative representative, Contact representativeContact) {
    if (id != null) {
      throw new IllegalStateException("represented while opening; later changes go through relink");
    }
    checkRepresentative(representative, representativeContact);
    this.representative = representative;
    this.representativeContact = representativeContact;
    return this;
  }

  /**
   * Edits the case's fields (SPEC C2): its holder or a supervisor may, while the case is open.
   * Returns one audit row per field that changed (none when nothing did); a classification with an
   * access level also sets the level, audited as such.
   */
  public List<CaseAudit> edit(CaseFields fields, Agent by, LocalDateTime now) {
    checkMayEdit(by);
    if (fields.subject() == null || fields.subject().isBlank()) {
      throw new InvalidInputException("subject", "error.required");
    }
    if (fields.request() == null || fields.request().isBlank()) {
      throw new InvalidInputException("request", "error.required");
    }
    Objects.requireNonNull(fields.priority());
    if (fields.caseType() == null) {
      throw new InvalidInputException("caseTypeId", "error.required");
    }
    checkCatalog(
        fields.caseType(),
        fields.classification(),
        fields.category(),
        fields.product(),
        fields.module());
    List<CaseAudit> audits = new ArrayList<>();
    audit(audits, "subject", subject, fields.subject(), by, now);
    audit(audits, "request", request, fields.request(), by, now);
    audit(audits, "priority", priority, fields.priority(), by, now);
    audit(audits, "dueDate", format(dueDate), format(fields.dueDate()), by, now);
    audit(
        audits,
        "caseType",
        name(caseType, CaseType::getName),
        name(fields.caseType(), CaseType::getName),
        by,
        now);
    audit(
        audits,
        "classification",
        name(classification, Classification::getName),
        name(fields.classification(), Classification::getName),
        by,
        now);
    audit(
        audits,
        "category",
        name(category, CaseCategory::getName),
        name(fields.category(), CaseCategory::getName),
        by,
        now);
    audit(
        audits,
        "product",
        name(product, Product::getName),
        name(fields.product(), Product::getName),
        by,
        now);
    audit(
        audits,
        "module",
        name(module, ProductModule::getName),
        name(fields.module(), ProductModule::getName),
        by,
        now);
    subject = fields.subject();
    request = fields.request();
    priority = fields.priority();
    dueDate = fields.dueDate();
    caseType = fields.caseType();
    module = fields.module();
    product = fields.product();
    category = fields.category();
    boolean newClassification = !sameEntity(classification, fields.classification());
    classification = fields.classification();
    if (newClassification && classification != null && classification.setsAccessLevel()) {
      audit(audits, "accessLevel", accessLevel, classification.getAccessLevel(), by, now);
      accessLevel = classification.getAccessLevel();
    }
    if (!audits.isEmpty()) {
      touchedBy(by);
    }
    return audits;
  }

  /**
   * Changes who the case is for and who represents it (SPEC C1). The contact of the same party may
   * change as any edit; another party needs the LINK_PARTY_TO_CASE permission, another
   * representative that permission or a supervisor. Returns one audit row per field that changed.
   */
  public List<CaseAudit> relink(
      Party newParty,
      Contact newContact,
      Representative newRepresentative,
      Contact newRepresentativeContact,
      Agent by,
      LocalDateTime now) {
    checkMayEdit(by);
    Objects.requireNonNull(newParty);
    if (newContact != null && !newContact.belongsTo(newParty)) {
      throw new InvalidInputException("contactId", "error.contact.notOfParty");
    }
    checkRepresentative(newRepresentative, newRepresentativeContact);
    boolean partyChanges = !sameEntity(party, newParty);
    if (partyChanges && !by.may(Permission.LINK_PARTY_TO_CASE)) {
      throw new BusinessException("error.relink.party", "partyId");
    }
    boolean representativeChanges = !sameEntity(representative, newRepresentative);
    if (representativeChanges
        && !by.may(Permission.LINK_PARTY_TO_CASE)
        && !by.holds(Role.SUPERVISOR)) {
      throw new BusinessException("error.relink.representative", "representativeId");
    }
    List<CaseAudit> audits = new ArrayList<>();
    audit(audits, "party", party.getName(), newParty.getName(), by, now);
    audit(
        audits,
        "contact",
        name(contact, Contact::getName),
        name(newContact, Contact::getName),
        by,
        now);
    audit(
        audits,
        "representative",
        name(representative, Representative::getName),
        name(newRepresentative, Representative::getName),
        by,
        now);
    audit(
        audits,
        "representativeContact",
        name(representativeContact, Contact::getName),
        name(newRepresentativeContact, Contact::getName),
        by,
        now);
    party = newParty;
    contact = newContact;
    representative = newRepresentative;
    representativeContact = newRepresentativeContact;
    if (!audits.isEmpty()) {
      touchedBy(by);
    }
    return audits;
  }

  /**
   * Notes the first time an agent acted on the case after opening it (a note, a solution, an
   * understanding, a status change); later actions leave it as it is.
   */
  public void recordContact(LocalDateTime now) {
    if (firstContactAt == null) {
      firstContactAt = Objects.requireNonNull(now);
    }
  }

  /**
   * Records a change of one of the case's custom fields (SPEC C7), which its holder or a supervisor
   * may make while the case is open, as any edit. Returns the audit row, named after the field as
   * the administrator named it, or null when the shown value did not change.
   */
  public CaseAudit changeCustomField(
      String fieldName, String from, String to, Agent by, LocalDateTime now) {
    checkMayEdit(by);
    if (Objects.equals(from, to)) {
      return null;
    }
    touchedBy(by);
    String audited = CUSTOM_FIELD_AUDIT + fieldName;
    return new CaseAudit(
        this, audited.length() > 40 ? audited.substring(0, 40) : audited, from, to, by, now);
  }

  /** The prefix of an audit row's field name that marks a custom field: "cf:" and its name. */
  public static final String CUSTOM_FIELD_AUDIT = "cf:";

  /** Refuses an agent who may not edit the case, with the reason (closed, or not the holder). */
  public void requireEditableBy(Agent by) {
    checkMayEdit(by);
  }

  /** Who may edit the case's fields: its holder or a supervisor, while the case is open. */
  public boolean mayBeEditedBy(Agent agent) {
    return status.isOpen() && (isHeldBy(agent) || agent.holds(Role.SUPERVISOR));
  }

  private void checkMayEdit(Agent by) {
    if (!status.isOpen()) {
      throw new BusinessException("error.edit.closed", "status");
    }
    if (!isHeldBy(by) && !by.holds(Role.SUPERVISOR)) {
      throw new BusinessException("error.edit.notHolder", "holder");
    }
  }

  private void checkCatalog(
      CaseType caseType,
      Classification classification,
      CaseCategory category,
      Product product,
      ProductModule module) {
    if (caseType != null && !sameEntity(caseType.getCompany(), company)) {
      throw new InvalidInputException("caseTypeId", "error.catalog.otherCompany");
    }
    if (classification != null
        && (caseType == null || !sameEntity(classification.getCaseType(), caseType))) {
      throw new InvalidInputException("classificationId", "error.classification.notOfType");
    }
    if (category != null && !sameEntity(category.getCompany(), company)) {
      throw new InvalidInputException("categoryId", "error.catalog.otherCompany");
    }
    if (product != null && !sameEntity(product.getCompany(), company)) {
      throw new InvalidInputException("productId", "error.catalog.otherCompany");
    }
    if (module != null && (product == null || !sameEntity(module.getProduct(), product))) {
      throw new InvalidInputException("moduleId", "error.module.notOfProduct");
    }
  }

  private static void checkRepresentative(Representative representative, Contact contact) {
    if (contact != null && (representative == null || !contact.belongsTo(representative))) {
      throw new InvalidInputException(
          "representativeContactId", "error.representativeContact.notOfRepresentative");
    }
  }

  private void audit(
      List<CaseAudit> into, String field, Object from, Object to, Agent by, LocalDateTime now) {
    if (!Objects.equals(from, to)) {
      into.add(new CaseAudit(this, field, from, to, by, now));
    }
  }

  private static final DateTimeFormatter AUDITED_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private static String format(LocalDateTime time) {
    return time == null ? null : AUDITED_TIME.format(time);
  }

  private static <T> String name(T entity, Function<T, String> name) {
    return entity == null ? null : name.apply(entity);
  }

  private static boolean sameEntity(Identified one, Identified other) {
    return Identified.same(one, other);
  }

  /** A voicemail message was left for the client. */
  public void recordVoicemail(Agent by) {
    voicemailMessages++;
    touchedBy(by);
  }

  /** The client was reached: pending voicemail no longer blocks the case. */
  public void clearVoicemail(Agent by) {
    voicemailMessages = 0;
    touchedBy(by);
  }

  /**
   * Who may move the case (SPEC §2): its holder; a supervisor, to any status; and any agent who
   * sees a NEW case may take it (NEW to IN_PROGRESS).
   */
  public boolean mayBeMovedBy(Agent agent, CaseStatus target) {
    return mayBeMoved(status, holderId, agent, target);
  }

  /**
   * The rule of {@link #mayBeMovedBy} over the two facts it needs, so that a page can offer the
   * allowed statuses from a projection without loading the case.
   */
  public static boolean mayBeMoved(
      CaseStatus status, Long holderId, Agent agent, CaseStatus target) {
    boolean holds = holderId != null && holderId.equals(agent.getId());
    return holds
        || agent.holds(Role.SUPERVISOR)
        || (status == CaseStatus.NEW && holderId == null && target == CaseStatus.IN_PROGRESS);
  }

  /** Whether this agent holds the case. */
  public boolean isHeldBy(Agent agent) {
    return holder != null && holder.isSameAs(agent);
  }

  public void touchedBy(Agent by) {
    lastChangedBy = Objects.requireNonNull(by);
  }

  /** Whether the case is open and its due date has passed at {@code now}. */
  public boolean isDueBefore(LocalDateTime now) {
    return status.isOpen() && dueDate != null && dueDate.isBefore(now);
  }

  public void flagOverdue() {
    this.overdue = true;
  }

  public Long getId() {
    return id;
  }

  public Company getCompany() {
    return company;
  }

  public String getNumber() {
    return number;
  }

  public String getSubject() {
    return subject;
  }

  public String getRequest() {
    return request;
  }

  public Priority getPriority() {
    return priority;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public int getAccessLevel() {
    return accessLevel;
  }

  public Party getParty() {
    return party;
  }

  public Contact getContact() {
    return contact;
  }

  public Department getDepartment() {
    return department;
  }

  public Agent getOpener() {
    return opener;
  }

  public Agent getHolder() {
    return holder;
  }

  public Long getHolderId() {
    return holderId;
  }

  public AgentGroup getHoldingGroup() {
    return holdingGroup;
  }

  public Agent getReturnTo() {
    return returnTo;
  }

  public boolean isAwaitingAgent() {
    return awaitingAgent;
  }

  public LocalDateTime getOpenedAt() {
    return openedAt;
  }

  /**
   * Records how the client reached us (SPEC C1). Set once, while the case is being opened; cases
   * from before channels existed have none.
   */
  public Case reachedThrough(ContactChannel channel, ContactOrigin origin) {
    if (id != null) {
      throw new IllegalStateException("the contact channel is set while opening");
    }
    this.channel = Objects.requireNonNull(channel);
    this.origin = Objects.requireNonNull(origin);
    return this;
  }

  /**
   * Makes this case, while it is being opened, an escalation of an open case of the same company:
   * an internal child case the parent's holder waits on (seed 004 §4.6).
   */
  public Case escalating(Case parent) {
    if (id != null) {
      throw new IllegalStateException("a case becomes an escalation while it is being opened");
    }
    if (!parent.status.isOpen()) {
      throw new BusinessException("error.escalation.parentClosed", "status");
    }
    if (!Identified.same(parent.company, company)) {
      throw new BusinessException("error.escalation.otherCompany", "departmentId");
    }
    this.parentCaseId = parent.getId();
    return this;
  }

  public Long getParentCaseId() {
    return parentCaseId;
  }

  public ContactChannel getChannel() {
    return channel;
  }

  public ContactOrigin getOrigin() {
    return origin;
  }

  public LocalDateTime getDueDate() {
    return dueDate;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public LocalDateTime getScheduledFor() {
    return scheduledFor;
  }

  public int getSchedulingCount() {
    return schedulingCount;
  }

  public int getVoicemailMessages() {
    return voicemailMessages;
  }

  public LocalDateTime getClosedAt() {
    return closedAt;
  }

  public CaseType getCaseType() {
    return caseType;
  }

  public Classification getClassification() {
    return classification;
  }

  public CaseCategory getCategory() {
    return category;
  }

  public Product getProduct() {
    return product;
  }

  public ProductModule getModule() {
    return module;
  }

  public Representative getRepresentative() {
    return representative;
  }

  public Contact getRepresentativeContact() {
    return representativeContact;
  }

  public LocalDateTime getFirstContactAt() {
    return firstContactAt;
  }

  public Agent getLastChangedBy() {
    return lastChangedBy;
  }

  public long getVersion() {
    return version;
  }
}
