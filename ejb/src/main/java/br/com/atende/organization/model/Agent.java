package br.com.atende.organization.model;

import br.com.atende.shared.Identified;
import jakarta.persistence.Cacheable;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A user who works cases (atendente), or supervises or configures. The clearance is compared with a
 * case's access level (SPEC C4). The password hash is bcrypt in modular-crypt form, verified by the
 * server's realm.
 */
@Cacheable
@Entity
public class Agent implements Serializable, Identified {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_seq")
  @SequenceGenerator(name = "agent_seq", sequenceName = "agent_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "company_id")
  private Company company;

  @ManyToOne(optional = false)
  @JoinColumn(name = "department_id")
  private Department department;

  @Column(nullable = false, unique = true, length = 60)
  private String login;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 120)
  private String passwordHash;

  /**
   * When the agent last chose its password; empty while it has none of its own (invited, or the
   * first administrator of a new install), whose hash is then of random bytes nobody knows.
   */
  @Column(name = "password_set_at")
  private LocalDateTime passwordSetAt;

  @Column(nullable = false)
  private int clearance;

  @Column(nullable = false)
  private boolean active = true;

  /**
   * The agent an API client acts as (issue 16): no person, so no pick-list offers it (forward,
   * assign, transfer, email copies, custom fields, workflows). Set once, when the client is
   * created.
   */
  @Column(name = "api_client", nullable = false)
  private boolean apiClient;

  /** The language the agent reads its emails in: pt-BR unless it reads English. */
  @Column(nullable = false, length = 10)
  private String language = "pt-BR";

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "agent_role", joinColumns = @JoinColumn(name = "agent_id"))
  @Column(name = "role_name", length = 20)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  /** The agent's profile: the permissions it is given (none without one). */
  @ManyToOne
  @JoinColumn(name = "profile_id")
  private Profile profile;

  /**
   * "Receber respostas do cliente por e-mail" (seed 004 §3.1): the agent gets an email when the
   * client replies to a case it holds.
   */
  @Column(name = "email_on_client_reply", nullable = false)
  private boolean emailOnClientReply;

  /**
   * The departments the agent leads as a supervisor besides its own (issue 15): their agents are
   * its team, their cases in its hands. Lazy: read only when a supervisor's rule asks.
   */
  @ManyToMany
  @JoinTable(
      name = "agent_supervised_department",
      joinColumns = @JoinColumn(name = "agent_id"),
      inverseJoinColumns = @JoinColumn(name = "department_id"))
  private Set<Department> supervisedDepartments = new HashSet<>();

  @Version private long version;

  protected Agent() {}

  public Agent(
      Department department,
      String login,
      String name,
      String email,
      String passwordHash,
      int clearance,
      Set<Role> roles) {
    this.department = Objects.requireNonNull(department);
    this.company = department.getCompany();
    this.login = Objects.requireNonNull(login);
    this.name = Objects.requireNonNull(name);
    this.email = Objects.requireNonNull(email);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    if (clearance < 0) {
      throw new IllegalArgumentException("clearance must not be negative");
    }
    this.clearance = clearance;
    this.roles = EnumSet.copyOf(roles);
  }

  /** The agent chose this password (already hashed by the caller, who checked the policy). */
  public void choosePassword(String newPasswordHash, LocalDateTime now) {
    this.passwordHash = Objects.requireNonNull(newPasswordHash);
    this.passwordSetAt = Objects.requireNonNull(now);
  }

  /** Whether the agent has ever chosen a password (else it is invited, not yet arrived). */
  public boolean hasChosenPassword() {
    return passwordSetAt != null;
  }

  /** Marks the password given at creation as the agent's own (the demo's, a migrated agent's). */
  public Agent withPasswordChosenAt(LocalDateTime when) {
    this.passwordSetAt = when;
    return this;
  }

  public boolean holds(Role role) {
    return roles.contains(role);
  }

  /** Whether the agent's profile grants this permission (SPEC §2). */
  public boolean may(Permission permission) {
    return profile != null && profile.grants(permission);
  }

  public Agent readingIn(String language) {
    this.language = Objects.requireNonNull(language);
    return this;
  }

  /** Marks this agent as the one an API client acts as, kept out of every agent pick-list. */
  public Agent actingForApiClient() {
    this.apiClient = true;
    return this;
  }

  public boolean isApiClient() {
    return apiClient;
  }

  public Agent withProfile(Profile profile) {
    this.profile = profile;
    return this;
  }

  /**
   * Whether this agent is the other one's supervisor: a supervisor leads the agents of its own
   * department (SPEC §1, "Chefe") and of the departments it is given to supervise.
   */
  public boolean supervises(Agent other) {
    return other != null && !isSameAs(other) && leads(other.department);
  }

  /**
   * Whether this agent answers for what the other one is responsible for (a contact it looks after,
   * a case it holds): it is that agent or its supervisor. What nobody is responsible for is a
   * supervisor's (SPEC C1).
   */
  public boolean answersFor(Agent responsible) {
    return responsible == null
        ? holds(Role.SUPERVISOR)
        : isSameAs(responsible) || supervises(responsible);
  }

  /** Whether the agent is a supervisor of the department: its own, or one it supervises. */
  public boolean leads(Department other) {
    return other != null
        && holds(Role.SUPERVISOR)
        && (Identified.same(department, other)
            || supervisedDepartments.stream().anyMatch(led -> Identified.same(led, other)));
  }

  /**
   * The ids of the departments whose agents and cases are its team as a supervisor: its own first,
   * then those it supervises. For the queries that list a team (team tabs, assignees).
   */
  public List<Long> ledDepartmentIds() {
    List<Long> ids = new ArrayList<>();
    ids.add(department.getId());
    supervisedDepartments.forEach(led -> ids.add(led.getId()));
    return ids;
  }

  /** The departments it supervises besides its own. */
  public Set<Department> getSupervisedDepartments() {
    return Set.copyOf(supervisedDepartments);
  }

  /**
   * Makes these the departments it supervises besides its own (its own is dropped: it leads that
   * one anyway); they count only while it holds the SUPERVISOR role.
   */
  public void superviseOnly(Set<Department> departments) {
    supervisedDepartments.clear();
    departments.stream()
        .filter(other -> !Identified.same(other, department))
        .forEach(supervisedDepartments::add);
  }

  /** The same agent, whether or not both were read in the same persistence context. */
  public boolean isSameAs(Agent other) {
    return other != null && Identified.same(this, other);
  }

  public Long getId() {
    return id;
  }

  public Company getCompany() {
    return company;
  }

  public Department getDepartment() {
    return department;
  }

  public String getLogin() {
    return login;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  /** The bcrypt hash (modular crypt), for checking a password the agent types again. */
  public String getPasswordHash() {
    return passwordHash;
  }

  public int getClearance() {
    return clearance;
  }

  /**
   * An administrator changes who the agent is and what it may do; the login stays (it names the
   * agent in the history and in the realm), and so does the password.
   */
  public void change(
      Department newDepartment,
      String newName,
      String newEmail,
      String newLanguage,
      int newClearance,
      Set<Role> newRoles,
      Profile newProfile) {
    if (newClearance < 0) {
      throw new IllegalArgumentException("clearance must not be negative");
    }
    this.department = Objects.requireNonNull(newDepartment);
    this.company = newDepartment.getCompany();
    this.name = Objects.requireNonNull(newName);
    this.email = Objects.requireNonNull(newEmail);
    this.language = Objects.requireNonNull(newLanguage);
    this.clearance = newClearance;
    this.roles.clear();
    this.roles.addAll(newRoles);
    this.profile = newProfile;
  }

  public Profile getProfile() {
    return profile;
  }

  public void reactivate() {
    active = true;
  }

  /** No longer active: the realm refuses its login from the next request on. */
  public void deactivate() {
    active = false;
  }

  public boolean isActive() {
    return active;
  }

  public String getLanguage() {
    return language;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }

  public boolean isEmailOnClientReply() {
    return emailOnClientReply;
  }

  /** Returns whether the setting changed. */
  public boolean emailOnClientReply(boolean on) {
    boolean changed = emailOnClientReply != on;
    emailOnClientReply = on;
    return changed;
  }
}
