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
import jakarta.persistence.Embedded;
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
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A case (atendimento): a request for service from a party. Opened NEW in a department's queue, or
 * IN_PROGRESS when opened straight into an agent's hands. The opener is fixed at opening and
 * survives any forward.
 *
 * <p>The case keeps its status lifecycle and what ties the parts together; each part carries its
 * own rules: {@link Custody} (whose hands, forwarding), {@link CaseClassification} (what it is
 * about, access level), {@link ClientLink} (who it is for) and {@link Scheduling} (due and agreed
 * dates). Queries reach their columns through them, as in {@code c.holderId}.
 */
@Entity
@Table(name = "support_case")
public class Case implements Serializable {

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

  @Embedded private ClientLink client;

  @Embedded private CaseClassification about;

  /**
   * Whose hands the case is in. Its columns may all be null (a case waiting in its department's
   * queue), and the provider then reads the embeddable as null: see {@link #custody()}.
   */
  @Embedded private Custody custody;

  /**
   * The holder's id, read-only: lets queries test "held by the viewer" on the column itself, where
   * a path like {@code c.custody.holder.id} would make the provider inner-join the agent table and
   * lose every unheld case. Kept here, not in {@link Custody}, so that no embeddable maps a column
   * twice.
   */
  @Column(name = "holder_id", insertable = false, updatable = false)
  private Long holderId;

  @Column(name = "holding_group_id", insertable = false, updatable = false)
  private Long holdingGroupId;

  @Embedded private Scheduling schedule;

  /** Whether the client gets the case's emails, and the informational status they see. */
  @Embedded private ClientUpdates clientUpdates = new ClientUpdates();

  @ManyToOne(optional = false)
  @JoinColumn(name = "department_id")
  private Department department;

  @ManyToOne(optional = false)
  @JoinColumn(name = "opener_id", updatable = false)
  private Agent opener;

  /**
   * Who sent the email that opened the case ("Name <address>"), kept whether or not a party or
   * contact has that address, so an agent can answer or link them.
   */
  @Column(name = "email_sender", updatable = false, length = 330)
  private String emailSender;

  /**
   * The client replied after the agent last did (queue tab "answered by the client"). Set and
   * cleared by native updates, which leave the version alone.
   */
  @Column(name = "awaiting_agent", nullable = false, updatable = false)
  private boolean awaitingAgent;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private LocalDateTime openedAt;

  @ManyToOne
  @JoinColumn(name = "contact_channel", updatable = false)
  private ContactChannel channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "contact_origin", updatable = false, length = 20)
  private ContactOrigin origin;

  /** When an agent first acted on the case after opening it: the first response. */
  @Column(name = "first_contact_at")
  private LocalDateTime firstContactAt;

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

  /**
   * When the case was moved to the trash (SPEC C10), and by whom; null while it is not. The access
   * rule reads this column, so a deleted case leaves every query at once (see {@link AccessRule}).
   */
  @Column(name = "deleted_at")
  private LocalDateTime deletedAt;

  @ManyToOne
  @JoinColumn(name = "deleted_by_id")
  private Agent deletedBy;

  /**
   * The case's id in the system it was imported from (issue 14), unique within the company: what
   * makes importing the same file again add no case twice. Null for a case opened in Atende.
   */
  @Column(name = "external_id", updatable = false, length = 100)
  private String externalId;

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
    this.client = ClientLink.of(party, contact);
    this.subject = Objects.requireNonNull(subject);
    this.request = Objects.requireNonNull(request);
    this.priority = Objects.requireNonNull(priority);
    this.about = CaseClassification.atLevel(accessLevel);
    this.openedAt = Objects.requireNonNull(openedAt);
    this.schedule = Scheduling.dueOn(dueDate);
    this.custody = Custody.of(holder);
    this.holderId = holder == null ? null : holder.getId();
    this.lastChangedBy = opener;
    this.status = holder == null ? CaseStatus.NEW : CaseStatus.IN_PROGRESS;
  }

  /** Marks a case being imported with its id in the system it comes from. */
  public Case importedAs(String externalId) {
    this.externalId = Objects.requireNonNull(externalId);
    return this;
  }

  /**
   * The case's hands. The provider reads an embeddable whose columns are all null as null; reading
   * through this never writes the field (a managed case must not look changed when only read),
   * changing goes through {@link #hands}.
   */
  private Custody custody() {
    return custody == null ? NOBODY : custody;
  }

  /**
   * Changes the case's hands, keeping the read-only copies of the holder's and the group's ids the
   * queries test in step.
   */
  private void hands(Consumer<Custody> change) {
    if (custody == null) {
      custody = new Custody();
    }
    change.accept(custody);
    holderId = custody.getHolder() == null ? null : custody.getHolder().getId();
    holdingGroupId = custody.getHoldingGroup() == null ? null : custody.getHoldingGroup().getId();
  }

  /** The hands of a case no one holds, for reading only. */
  private static final Custody NOBODY = new Custody();

  /**
   * Moves the case to another status, by the rules of {@link StatusTransitions}: SCHEDULED needs a
   * future date agreed with the client and counts a scheduling; NOTIFIED closes the case; going
   * back to work from SOLVED or NOTIFIED reopens it; a pending voicemail blocks scheduling and
   * concluding; taking a NEW case makes the agent its holder, by the rule of "me vincular" (see
   * {@link #takingRecord} for its history row). Returns the status-history row to record.
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
    boolean taking = isTakenByMovingTo(target);
    if (taking) {
      checkMayTake(by);
    }
    if (target == CaseStatus.SCHEDULED) {
      schedule.schedule(agreedSchedule, now);
    }
    if (target == CaseStatus.NOTIFIED) {
      closedAt = now;
    }
    if (StatusTransitions.isReopening(status, target)) {
      closedAt = null;
    }
    if (taking) {
      hands(c -> c.handTo(by));
    }
    StatusChange change =
        new StatusChange(
            this, status, target, by, now, target == CaseStatus.SCHEDULED ? agreedSchedule : null);
    status = target;
    touchedBy(by);
    return change;
  }

  /** Whether moving the case to this status takes it: a NEW case no one holds going to work. */
  private boolean isTakenByMovingTo(CaseStatus target) {
    return status == CaseStatus.NEW && !custody().isHeld() && target == CaseStatus.IN_PROGRESS;
  }

  /**
   * Taking a NEW case by moving it to IN_PROGRESS follows the rule of "me vincular" (SPEC C5): an
   * unheld case of the agent's department that no group holds, or one its group holds; a supervisor
   * of the case's department may also take it, as it may assign it to itself.
   */
  private void checkMayTake(Agent by) {
    if (by.leads(department)) {
      return;
    }
    custody().checkMayLink(by, department);
  }

  /**
   * The forwarding-history row of a status change that takes the case ({@link #changeStatus} from
   * NEW to IN_PROGRESS, unheld), recorded as a link like "me vincular"; null for any other change.
   * Made before the change, which {@link #changeStatus} then checks.
   */
  public Forwarding takingRecord(CaseStatus target, Agent by, LocalDateTime now) {
    if (!isTakenByMovingTo(target)) {
      return null;
    }
    return new Forwarding(this, ForwardingKind.LINK, null, by, null, null, null, by, null, now);
  }

  /**
   * Changes the case's access level (SPEC C4): only a supervisor may. Returns the audit row to
   * record, or null when the level is already the requested one.
   */
  public CaseAudit changeAccessLevel(int level, Agent by, LocalDateTime now) {
    int before = about.getAccessLevel();
    if (!about.changeLevel(level, by)) {
      return null;
    }
    touchedBy(by);
    return new CaseAudit(this, "accessLevel", before, level, by, now);
  }

  /**
   * A case generated from another (SPEC C5) carries what it copied from it, so it keeps at least
   * the source's level, whoever generated it: no agent chooses a level here, the copy follows its
   * source. Returns the audit row, or null when the case's level already reaches the source's.
   */
  public CaseAudit keepLevelOf(Case source, Agent by, LocalDateTime now) {
    int before = about.getAccessLevel();
    if (!about.raiseTo(source.getAccessLevel())) {
      return null;
    }
    touchedBy(by);
    return new CaseAudit(this, "accessLevel", before, about.getAccessLevel(), by, now);
  }

  /**
   * Whom a supervisor may assign a case to: an active agent of a department it leads (SPEC §1: a
   * supervisor leads its department's agents; issue 15: and those of the departments it
   * supervises), itself included.
   */
  public static boolean mayAssign(Agent supervisor, Agent agent) {
    return agent != null
        && agent.isActive()
        && agent.holds(Role.AGENT)
        && supervisor.leads(agent.getDepartment());
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
    if (!by.leads(department)) {
      // A supervisor leads its own department (SPEC §1) and those it is given to supervise (issue
      // 15): another department's cases are not its.
      throw new BusinessException("error.assign.caseOfOtherDepartment", "holder");
    }
    checkAssignable(agent, by);
    hands(c -> c.handTo(agent));
    touchedBy(by);
    if (status != CaseStatus.NEW) {
      return null;
    }
    StatusChange change = new StatusChange(this, status, CaseStatus.IN_PROGRESS, by, now, null);
    status = CaseStatus.IN_PROGRESS;
    return change;
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
            this, ForwardingKind.FORWARD, getHolder(), target, null, null, null, by, why, now);
    hands(c -> c.returnsTo(by));
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
    if (custody().isHeldByGroup(group)) {
      throw new BusinessException("error.forward.sameHolder", "targetGroupId");
    }
    Forwarding row =
        new Forwarding(
            this, ForwardingKind.FORWARD, getHolder(), null, group, null, null, by, why, now);
    hands(c -> c.returnsTo(by));
    hands(c -> c.handTo(group));
    touchedBy(by);
    return new HandOver(row, null);
  }

  /**
   * Gives the case back to who forwarded it ("repassar de volta"), with a mandatory justification.
   * Its holder (or, while a group holds it, a member) may, with or without the forward permission.
   */
  public HandOver returnToForwarder(String justification, Agent by, LocalDateTime now) {
    checkMayChangeHands();
    Agent back = custody().returnedBy(by);
    String why = required(justification, "justification");
    Forwarding row =
        new Forwarding(
            this, ForwardingKind.RETURN, getHolder(), back, null, null, null, by, why, now);
    hands(c -> c.returnsTo(by));
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
    custody().checkMayLink(by, department);
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
    checkMayChangeHands();
    if (!custody().inHandsOf(by, department)) {
      // The permission says what an agent may do, not to whose cases: as for a forward, the case
      // must be in its hands (held by it, waiting in its queue, or of the department it leads).
      throw new BusinessException("error.transfer.notHolder", "holder");
    }
    if (target == null || !Identified.same(target.getCompany(), company)) {
      throw new InvalidInputException("targetDepartmentId", "error.transfer.otherCompany");
    }
    if (agent != null && (!agent.isActive() || !Identified.same(agent.getDepartment(), target))) {
      throw new InvalidInputException("targetAgentId", "error.transfer.agentNotOfDepartment");
    }
    if (Identified.same(target, department)
        && (agent == null ? !custody().isHeld() : isHeldBy(agent))) {
      throw new BusinessException("error.transfer.nothing", "targetDepartmentId");
    }
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (why != null && why.length() > 4000) {
      throw new InvalidInputException("reason", "error.tooLong");
    }
    Forwarding row =
        new Forwarding(
            this,
            ForwardingKind.TRANSFER,
            getHolder(),
            agent,
            null,
            department,
            target,
            by,
            why,
            now);
    department = target;
    if (agent == null) {
      hands(c -> c.release());
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
    if (!custody().inHandsOf(by, department)) {
      throw new BusinessException("error.workflow.notHolder", "holder");
    }
    checkNoVoicemailPending();
    Agent target = toGroup == null && toAgent == null ? getHolder() : toAgent;
    Forwarding row =
        new Forwarding(
                this,
                ForwardingKind.STEP,
                getHolder(),
                target,
                toGroup,
                null,
                null,
                by,
                stepName,
                now)
            .inStep(stepId);
    workflowStepId = stepId;
    if (toGroup != null) {
      hands(c -> c.returnsTo(by));
      hands(c -> c.handTo(toGroup));
      touchedBy(by);
      return new HandOver(row, null);
    }
    if (target == null || isHeldBy(target)) {
      touchedBy(by);
      return new HandOver(row, null);
    }
    hands(c -> c.returnsTo(by));
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
        this, ForwardingKind.ASSIGN, getHolder(), agent, null, null, null, by, null, now);
  }

  /** Whether the agent may forward the case (SPEC C5), as {@link #forwardTo} checks it. */
  public boolean mayBeForwardedBy(Agent agent) {
    return status.isOpen()
        && agent.may(Permission.CASE_FORWARD)
        && custody().inHandsOf(agent, department);
  }

  /** Whether the case is unheld and waiting in this agent's queue of new cases. */
  public boolean inQueueOf(Agent agent) {
    return status.isOpen() && custody().waitsFor(agent, department);
  }

  private void checkMayForward(Agent by) {
    checkMayChangeHands();
    custody().checkMayForward(by, department);
  }

  /** An open case without a voicemail waiting for the client may change hands. */
  private void checkMayChangeHands() {
    if (!status.isOpen()) {
      throw new BusinessException("error.forward.closed", "status");
    }
    checkNoVoicemailPending();
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
    hands(c -> c.handTo(agent));
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
    about.classify(company, caseType, classification, category, product, module);
    return this;
  }

  /**
   * Sets the access level chosen while opening (SPEC C4): only a supervisor may choose one; it
   * overrides the level the classification brought.
   */
  public Case openedAtLevel(int level, Agent by) {
    requireOpening();
    about.changeLevel(level, by);
    return this;
  }

  /**
   * Opens the case into a group of its company (SPEC C1 "department/group"): no one agent holds it,
   * it waits in every member's queue of new cases. Returns the history row of the hand-over.
   */
  public HandOver openedForGroup(AgentGroup group, Agent by, LocalDateTime now) {
    requireOpening();
    if (group == null || !group.isActive() || !Identified.same(group.getCompany(), company)) {
      throw new InvalidInputException("targetGroupId", "error.group.unknown");
    }
    if (custody().isHeld()) {
      throw new InvalidInputException("targetGroupId", "error.open.groupAndAssignee");
    }
    hands(c -> c.handTo(group));
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
    if (custody().isHeld() || custody().getHoldingGroup() != null) {
      throw new InvalidInputException("assigneeId", "error.open.groupAndAssignee");
    }
    if (agent == null
        || !mayAssign(by, agent)
        || !Identified.same(agent.getDepartment(), department)) {
      throw new InvalidInputException("assigneeId", "error.assign.otherDepartment");
    }
    hands(c -> c.handTo(agent));
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
    client.representedBy(representative, representativeContact);
    return this;
  }

  /**
   * Edits the case's fields (SPEC C2): its holder or a supervisor may, while the case is open.
   * Returns one audit row per field that changed (none when nothing did); a classification with an
   * access level also sets the level, audited as such.
   */
  public List<CaseAudit> edit(CaseFields fields, Agent by, LocalDateTime now) {
    return edit(fields, null, by, now);
  }

  /**
   * Edits the case's fields as {@link #edit(CaseFields, Agent, LocalDateTime)}; a due date changed
   * by hand needs {@code dueDateNote} (the caller records it in the discussion), and moving it past
   * now clears the overdue flag.
   */
  public List<CaseAudit> edit(CaseFields fields, String dueDateNote, Agent by, LocalDateTime now) {
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
    CaseClassification.check(
        company,
        fields.caseType(),
        fields.classification(),
        fields.category(),
        fields.product(),
        fields.module());
    AuditTrail audit = new AuditTrail(this, by, now);
    audit.compare("subject", subject, fields.subject());
    audit.compare("request", request, fields.request());
    audit.compare("priority", priority, fields.priority());
    if (!AuditTrail.sameMinute(schedule.getDueDate(), fields.dueDate())
        && (dueDateNote == null || dueDateNote.isBlank())) {
      // Seed 001 §2.1: a due date moved by hand says why (the contact made, what was agreed).
      throw new InvalidInputException("dueDateNote", "error.dueDate.noteRequired");
    }
    schedule.editDueDate(fields.dueDate(), audit);
    schedule.clearOverdueUnlessDue(status.isOpen(), now, audit);
    about.edit(fields, audit, by);
    subject = fields.subject();
    request = fields.request();
    priority = fields.priority();
    if (!audit.isEmpty()) {
      touchedBy(by);
    }
    return audit.rows();
  }

  /**
   * Changes who the case is for and who represents it (SPEC C1), by the rules of {@link
   * ClientLink}. Returns one audit row per field that changed.
   */
  public List<CaseAudit> relink(
      Party newParty,
      Contact newContact,
      Representative newRepresentative,
      Contact newRepresentativeContact,
      Agent by,
      LocalDateTime now) {
    checkMayEdit(by);
    AuditTrail audit = new AuditTrail(this, by, now);
    client.relink(newParty, newContact, newRepresentative, newRepresentativeContact, by, audit);
    if (!audit.isEmpty()) {
      touchedBy(by);
    }
    return audit.rows();
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

  /**
   * Whether the agent may write to the case (notes, solutions, voicemail, relations, appended
   * contacts): its holder, a member of the group holding it (an agent of its department while it
   * waits unheld in the department's queue) or a supervisor of its department, while the case is
   * open. Seeing a case is not enough to write to it (issue 16).
   */
  public boolean mayBeWrittenBy(Agent agent) {
    return status.isOpen() && custody().writableBy(agent, department);
  }

  /** Refuses an agent who may not write to the case, with the reason (closed, or not its hands). */
  public void requireWritableBy(Agent by) {
    if (!status.isOpen()) {
      throw new BusinessException("error.write.closed", "status");
    }
    if (!custody().writableBy(by, department)) {
      throw new BusinessException("error.write.notInHands", "holder");
    }
  }

  /**
   * Turns the case's emails to the client on or off (seed 004 §2.1): an agent who may write to the
   * case decides; returns the audit row.
   */
  public List<CaseAudit> notifyClient(boolean on, Agent by, LocalDateTime now) {
    requireWritableBy(by);
    touchedBy(by);
    return updates().notifyClient(on, this, by, now);
  }

  /**
   * Starts an informational status for the client to see (seed 004 §4.5), by an agent who may write
   * to the case; returns the audit rows.
   */
  public List<CaseAudit> startInformationalStatus(
      String status, String message, Agent by, LocalDateTime now) {
    requireWritableBy(by);
    touchedBy(by);
    return updates().start(status, message, this, by, now);
  }

  /** Ends the started informational status ("Encerrado"); returns the audit rows. */
  public List<CaseAudit> endInformationalStatus(Agent by, LocalDateTime now) {
    requireWritableBy(by);
    touchedBy(by);
    return updates().end(this, by, now);
  }

  /**
   * A concluded or cancelled case has no informational status (seed 004 §4.5): called after a
   * status change, it ends a started one; returns the audit rows.
   */
  public List<CaseAudit> endInformationalStatusIfClosed(Agent by, LocalDateTime now) {
    if (status.isOpen()) {
      return List.of();
    }
    return updates().end(this, by, now);
  }

  public ClientUpdates getClientUpdates() {
    return updates();
  }

  /** Never null once loaded: its notify_client column never is. */
  private ClientUpdates updates() {
    return clientUpdates;
  }

  /** A voicemail message was left for the client; returns the audit row of the counter. */
  public List<CaseAudit> recordVoicemail(Agent by, LocalDateTime now) {
    requireWritableBy(by);
    AuditTrail audit = new AuditTrail(this, by, now);
    audit.compare("voicemailMessages", voicemailMessages, voicemailMessages + 1);
    voicemailMessages++;
    touchedBy(by);
    return audit.rows();
  }

  /**
   * The client was reached: pending voicemail no longer blocks the case. Returns the audit row of
   * the counter, none when no message was pending.
   */
  public List<CaseAudit> clearVoicemail(Agent by, LocalDateTime now) {
    requireWritableBy(by);
    AuditTrail audit = new AuditTrail(this, by, now);
    audit.compare("voicemailMessages", voicemailMessages, 0);
    voicemailMessages = 0;
    touchedBy(by);
    return audit.rows();
  }

  /**
   * Who may move the case (SPEC §2): its holder; a supervisor, to any status; and any agent who
   * sees a NEW case may take it (NEW to IN_PROGRESS).
   */
  public boolean mayBeMovedBy(Agent agent, CaseStatus target) {
    return mayBeMoved(status, getHolderId(), agent, target);
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
    return custody().isHeldBy(agent);
  }

  /**
   * Moves the case to the trash (SPEC C10, seed 004 §4.2): needs the CASE_DELETE permission, and no
   * escalation child may still be open (it would be orphaned in its department's queue). Nothing of
   * the case is removed: the purge job does that {@link Trash#RETENTION} later. Returns the audit
   * row.
   */
  public CaseAudit moveToTrash(Agent by, boolean hasOpenEscalations, LocalDateTime now) {
    if (!by.may(Permission.CASE_DELETE)) {
      throw new BusinessException("error.trash.notPermitted", null);
    }
    if (deletedAt != null) {
      throw new BusinessException("error.trash.alreadyDeleted", null);
    }
    if (hasOpenEscalations) {
      throw new BusinessException("error.trash.openEscalations", "escalations");
    }
    deletedAt = now;
    deletedBy = by;
    touchedBy(by);
    return new CaseAudit(this, "deleted", null, by.getName(), by, now);
  }

  /**
   * Brings the case back from the trash, whole: nothing was removed from it. Only within {@link
   * Trash#RETENTION} of its deletion, after which the purge job may already be removing it.
   */
  public CaseAudit restoreFromTrash(Agent by, LocalDateTime now) {
    if (deletedAt == null) {
      throw new BusinessException("error.trash.notDeleted", null);
    }
    if (!Trash.mayRestore(deletedAt, now)) {
      throw new BusinessException("error.trash.tooLate", null);
    }
    String deletion = deletedBy == null ? null : deletedBy.getName();
    deletedAt = null;
    deletedBy = null;
    touchedBy(by);
    return new CaseAudit(this, "deleted", deletion, null, by, now);
  }

  public boolean isDeleted() {
    return deletedAt != null;
  }

  public LocalDateTime getDeletedAt() {
    return deletedAt;
  }

  public Agent getDeletedBy() {
    return deletedBy;
  }

  public void touchedBy(Agent by) {
    lastChangedBy = Objects.requireNonNull(by);
  }

  /** Whether the case is open and its due date has passed at {@code now}. */
  public boolean isDueBefore(LocalDateTime now) {
    return status.isOpen() && schedule.isDueBefore(now);
  }

  /**
   * Flags the case overdue (the nightly sweep, no agent): returns the audit row, or null when it
   * was flagged already. The last changer stays: no agent changed the case.
   */
  public CaseAudit flagOverdue(LocalDateTime now) {
    AuditTrail audit = new AuditTrail(this, null, now);
    return schedule.flagOverdue(audit) ? audit.rows().get(0) : null;
  }

  /**
   * Takes the due date a status change set ({@link DueDateRule}) and clears the overdue flag when
   * the case is no longer overdue: concluded or cancelled, or due after {@code now}. Returns the
   * audit rows of what changed.
   */
  public List<CaseAudit> followDueDate(LocalDateTime dueDate, Agent by, LocalDateTime now) {
    AuditTrail audit = new AuditTrail(this, by, now);
    schedule.editDueDate(dueDate, audit);
    schedule.clearOverdueUnlessDue(status.isOpen(), now, audit);
    return audit.rows();
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

  /** Records, while the case is being opened from an email, who sent it. */
  public Case sentBy(String sender) {
    if (id != null) {
      throw new IllegalStateException("the email sender is set while opening");
    }
    this.emailSender = sender;
    return this;
  }

  public String getEmailSender() {
    return emailSender;
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

  public String getExternalId() {
    return externalId;
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

  public Department getDepartment() {
    return department;
  }

  public Agent getOpener() {
    return opener;
  }

  public boolean isAwaitingAgent() {
    return awaitingAgent;
  }

  public LocalDateTime getOpenedAt() {
    return openedAt;
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

  public int getVoicemailMessages() {
    return voicemailMessages;
  }

  public LocalDateTime getClosedAt() {
    return closedAt;
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

  /** Whose hands the case is in (read only: changes go through the case's actions). */
  public Custody getCustody() {
    return custody();
  }

  /** What the case is about and its access level. */
  public CaseClassification getAbout() {
    return about;
  }

  /** Who the case is for. */
  public ClientLink getClient() {
    return client;
  }

  /** When the case is due and when it was scheduled. */
  public Scheduling getSchedule() {
    return schedule;
  }

  // The parts' facts, read through the case as callers always have.

  public Agent getHolder() {
    return custody().getHolder();
  }

  public Long getHolderId() {
    return holderId;
  }

  public AgentGroup getHoldingGroup() {
    return custody().getHoldingGroup();
  }

  public Agent getReturnTo() {
    return custody().getReturnTo();
  }

  public int getAccessLevel() {
    return about.getAccessLevel();
  }

  public CaseType getCaseType() {
    return about.getCaseType();
  }

  public Classification getClassification() {
    return about.getClassification();
  }

  public CaseCategory getCategory() {
    return about.getCategory();
  }

  public Product getProduct() {
    return about.getProduct();
  }

  public ProductModule getModule() {
    return about.getModule();
  }

  public Party getParty() {
    return client.getParty();
  }

  public Contact getContact() {
    return client.getContact();
  }

  public Representative getRepresentative() {
    return client.getRepresentative();
  }

  public Contact getRepresentativeContact() {
    return client.getRepresentativeContact();
  }

  public LocalDateTime getDueDate() {
    return schedule.getDueDate();
  }

  public boolean isOverdue() {
    return schedule.isOverdue();
  }

  public LocalDateTime getScheduledFor() {
    return schedule.getScheduledFor();
  }

  public int getSchedulingCount() {
    return schedule.getSchedulingCount();
  }
}
