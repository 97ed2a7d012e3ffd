package br.com.atende.cases.model;

import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.Contact;
import br.com.atende.party.model.Party;
import br.com.atende.shared.BusinessException;
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
import java.util.Objects;

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
    holder = Objects.requireNonNull(agent);
    holderId = agent.getId();
    touchedBy(by);
    if (status != CaseStatus.NEW) {
      return null;
    }
    StatusChange change = new StatusChange(this, status, CaseStatus.IN_PROGRESS, by, now, null);
    status = CaseStatus.IN_PROGRESS;
    return change;
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
    return holderId != null && holderId.equals(agent.getId());
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

  public Agent getLastChangedBy() {
    return lastChangedBy;
  }

  public long getVersion() {
    return version;
  }
}
