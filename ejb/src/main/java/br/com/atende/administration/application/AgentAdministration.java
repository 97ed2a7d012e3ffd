package br.com.atende.administration.application;

import static br.com.atende.shared.InvalidInputException.requireValid;

import br.com.atende.account.application.PasswordLinkIssuer;
import br.com.atende.account.model.PasswordLink;
import br.com.atende.administration.model.AdminLogEntry.Action;
import br.com.atende.administration.model.AdminLogEntry.Kind;
import br.com.atende.organization.application.PasswordHasher;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Profile;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.Choice;
import br.com.atende.shared.Identified;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Administrators create, change, deactivate and reactivate agents. A new agent has no password: it
 * is emailed the invitation link of the accounts slice. Agents are deactivated, never deleted: the
 * history and their links name them. No change may leave the install without an active
 * administrator.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AgentAdministration {

  @PersistenceContext private EntityManager em;

  @Inject private Validator validator;

  @Inject private AdminLog log;

  @Inject private PasswordHasher hasher;

  @Inject private PasswordLinkIssuer links;

  @Resource private SessionContext context;

  /** The agents whose login, name or email contains the filter, by login. */
  public List<AgentRow> page(String filter, PageRequest page) {
    return filtered(
            "SELECT NEW br.com.atende.administration.application.AgentRow(a.id, a.login, a.name,"
                + " a.email, d.name, a.clearance, a.active, a.passwordSetAt)"
                + " FROM Agent a JOIN a.department d",
            " ORDER BY a.login",
            filter,
            AgentRow.class)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  public long count(String filter) {
    return filtered("SELECT COUNT(a) FROM Agent a", "", filter, Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> filtered(String select, String order, String filter, Class<T> type) {
    boolean any = filter != null && !filter.isBlank();
    TypedQuery<T> query =
        em.createQuery(
            select
                + (any
                    ? " WHERE LOWER(a.login) LIKE :f OR LOWER(a.name) LIKE :f"
                        + " OR LOWER(a.email) LIKE :f"
                    : "")
                + order,
            type);
    if (any) {
      query.setParameter(
          "f",
          "%"
              + DepartmentAdministration.likeEscaped(filter.strip().toLowerCase(Locale.ROOT))
              + "%");
    }
    return query;
  }

  /**
   * The active departments an agent may be put in, with their company's name. The names are joined
   * here, not in JPQL: EclipseLink stops binding parameters in a query with a text literal, and
   * then writes the boolean as a number that H2 refuses to compare.
   */
  public List<Choice> departments() {
    return em.createQuery(
            "SELECT d.id, c.name, d.name FROM Department d JOIN d.company c"
                + " WHERE d.active = :active ORDER BY c.name, d.name",
            Object[].class)
        .setParameter("active", true)
        .getResultStream()
        .map(row -> new Choice((Long) row[0], row[1] + " / " + row[2]))
        .toList();
  }

  public List<Choice> profiles() {
    return em.createQuery(
            "SELECT NEW br.com.atende.shared.Choice(p.id, p.name) FROM Profile p"
                + " WHERE p.active = :active ORDER BY p.name",
            Choice.class)
        .setParameter("active", true)
        .getResultList();
  }

  /** The agent as the form shows it for a change. */
  public AgentForm form(long agentId) {
    Agent agent = find(agentId);
    return new AgentForm(
        agent.getLogin(),
        agent.getName(),
        agent.getEmail(),
        agent.getLanguage(),
        agent.getDepartment().getId(),
        agent.getClearance(),
        agent.getRoles(),
        agent.getProfile() == null ? null : agent.getProfile().getId(),
        agent.isActive(),
        agent.getSupervisedDepartments().stream()
            .map(Department::getId)
            .collect(Collectors.toSet()));
  }

  /** Creates the agent and, if active, emails it the invitation to choose a password. */
  public long create(AgentForm form) {
    requireValid(validator, form);
    String login = form.login();
    if (!em.createQuery("SELECT a.id FROM Agent a WHERE LOWER(a.login) = :login", Long.class)
        .setParameter("login", login.toLowerCase(Locale.ROOT))
        .getResultList()
        .isEmpty()) {
      throw new InvalidInputException("login", "error.agent.loginTaken");
    }
    Agent agent =
        new Agent(
            activeDepartment(form.departmentId(), null),
            login,
            form.name().strip(),
            form.email().strip(),
            hasher.unusable(),
            form.clearance(),
            form.roles());
    agent.readingIn(form.language()).withProfile(profile(form.profileId(), null));
    if (form.supervisedDepartmentIds() != null) {
      agent.superviseOnly(supervised(form.supervisedDepartmentIds(), Set.of()));
    }
    if (!form.active()) {
      agent.deactivate();
    }
    em.persist(agent);
    em.flush();
    log.record(caller(), Kind.AGENT, agent.getId(), Action.CREATED, describe(agent));
    if (agent.isActive()) {
      links.issueAndSend(agent, PasswordLink.Purpose.INVITATION);
    }
    return agent.getId();
  }

  /** Changes the agent (not its login); deactivating or reactivating is part of the change. */
  public void change(long agentId, AgentForm form) {
    requireValid(validator, form);
    Agent agent = find(agentId);
    if (!agent.getLogin().equals(form.login())) {
      throw new InvalidInputException("login", "error.agent.loginFixed");
    }
    boolean stopsBeingAdmin =
        agent.isActive()
            && agent.holds(Role.ADMIN)
            && (!form.active() || !form.roles().contains(Role.ADMIN));
    if (stopsBeingAdmin) {
      refuseLastAdmin(agent, form.active() ? "roles" : "active");
    }
    agent.change(
        activeDepartment(form.departmentId(), agent.getDepartment()),
        form.name().strip(),
        form.email().strip(),
        form.language(),
        form.clearance(),
        form.roles(),
        profile(form.profileId(), agent.getProfile()));
    if (form.supervisedDepartmentIds() != null) {
      agent.superviseOnly(
          supervised(form.supervisedDepartmentIds(), agent.getSupervisedDepartments()));
    }
    Action action = Action.CHANGED;
    if (agent.isActive() && !form.active()) {
      agent.deactivate();
      action = Action.DEACTIVATED;
    } else if (!agent.isActive() && form.active()) {
      agent.reactivate();
      action = Action.REACTIVATED;
    }
    log.record(caller(), Kind.AGENT, agentId, action, describe(agent));
  }

  /** Deactivates the agent: its login is refused from the next request on. */
  public void deactivate(long agentId) {
    Agent agent = find(agentId);
    if (!agent.isActive()) {
      return;
    }
    if (agent.holds(Role.ADMIN)) {
      refuseLastAdmin(agent, "active");
    }
    agent.deactivate();
    log.record(caller(), Kind.AGENT, agentId, Action.DEACTIVATED, agent.getLogin());
  }

  /**
   * Refuses to take the last active administrator away. The active administrators are locked first,
   * so two administrators demoting each other at once cannot both pass the count.
   */
  private void refuseLastAdmin(Agent leaving, String field) {
    List<Agent> admins =
        em.createQuery(
                "SELECT a FROM Agent a WHERE EXISTS (SELECT r FROM Agent b JOIN b.roles r"
                    + " WHERE b = a AND r = :admin)",
                Agent.class)
            .setParameter("admin", Role.ADMIN)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (admins.stream().filter(Agent::isActive).allMatch(leaving::isSameAs)) {
      throw new BusinessException("error.agent.lastAdmin", field);
    }
  }

  private Department activeDepartment(long departmentId, Department current) {
    Department department = em.find(Department.class, departmentId);
    if (department == null) {
      throw new InvalidInputException("departmentId", "error.department.unknown");
    }
    // An agent may stay in a department deactivated meanwhile, but none is moved into one.
    if (!department.isActive() && !Identified.same(department, current)) {
      throw new InvalidInputException("departmentId", "error.department.inactive");
    }
    return department;
  }

  /**
   * The departments to supervise: each must exist, and be active unless the agent supervises it
   * already (as with its own department).
   */
  private Set<Department> supervised(Set<Long> departmentIds, Set<Department> current) {
    Set<Department> departments = new HashSet<>();
    for (Long id : departmentIds) {
      Department department = id == null ? null : em.find(Department.class, id);
      if (department == null
          || (!department.isActive()
              && current.stream().noneMatch(led -> Identified.same(led, department)))) {
        throw new InvalidInputException(
            "supervisedDepartmentIds", "error.agent.supervisedDepartment");
      }
      departments.add(department);
    }
    return departments;
  }

  private Profile profile(Long profileId, Profile current) {
    if (profileId == null) {
      return null;
    }
    Profile profile = em.find(Profile.class, profileId);
    // An agent may keep a profile deactivated meanwhile, but none is given one.
    if (profile == null || (!profile.isActive() && !Identified.same(profile, current))) {
      throw new InvalidInputException("profileId", "error.agent.profile");
    }
    return profile;
  }

  private Agent find(long agentId) {
    Agent agent = em.find(Agent.class, agentId);
    if (agent == null) {
      throw new NotFoundException();
    }
    return agent;
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }

  private static String describe(Agent agent) {
    return "login="
        + agent.getLogin()
        + "; name="
        + agent.getName()
        + "; email="
        + agent.getEmail()
        + "; language="
        + agent.getLanguage()
        + "; department="
        + agent.getDepartment().getName()
        + "; clearance="
        + agent.getClearance()
        + "; roles="
        + new TreeSet<>(agent.getRoles())
        + "; supervises="
        + new TreeSet<>(agent.getSupervisedDepartments().stream().map(Department::getName).toList())
        + "; profile="
        + (agent.getProfile() == null ? "" : agent.getProfile().getName())
        + "; active="
        + agent.isActive();
  }
}
