package br.com.atende.cases.model;

import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.party.model.Contact;
import br.com.atende.party.model.Party;
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
 * A case (atendimento): a request for service from a party. Opened NEW in a department's queue, or IN_PROGRESS
 * when opened straight into an agent's hands. The opener is fixed at opening and survives any forward.
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
   * The holder's id, read-only: lets queries test "held by the viewer" on the column itself, where a path like
   * {@code c.holder.id} would make the provider inner-join the agent table and lose every unheld case.
   */
  @Column(name = "holder_id", insertable = false, updatable = false)
  private Long holderId;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private LocalDateTime openedAt;

  @Column(name = "due_date")
  private LocalDateTime dueDate;

  @Column(nullable = false)
  private boolean overdue;

  @Version private long version;

  protected Case() {}

  /**
   * Opens a case. The contact, when given, must be one of the party's; the holder, when given, takes the case
   * straight into IN_PROGRESS.
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
    this.status = holder == null ? CaseStatus.NEW : CaseStatus.IN_PROGRESS;
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

  public LocalDateTime getDueDate() {
    return dueDate;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public long getVersion() {
    return version;
  }
}
