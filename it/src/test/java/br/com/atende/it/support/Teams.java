package br.com.atende.it.support;

import br.com.atende.catalog.model.CaseType;
import br.com.atende.organization.application.PasswordHasher;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.AgentGroup;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Profile;
import br.com.atende.organization.model.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Departments, agents and groups of a test's own (issue 5), so that queue counts and forwarding
 * emails are exactly the test's; and reads of the forwarding facts the services do not expose.
 */
@Stateless
@PermitAll
public class Teams {

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHasher hasher;

  /**
   * A company of the test's own, with a case type to open cases with; returns its code. Test
   * departments live there, so that nothing spreading over a demo company's departments (the case
   * generator) meets them.
   */
  public String company() {
    String code = "F" + unique();
    Company company = new Company(code, "Coligada " + code);
    em.persist(company);
    em.persist(new CaseType(company, "Incidente"));
    em.flush();
    return code;
  }

  /** The id of a company by its code. */
  public long companyId(String companyCode) {
    return em.createQuery("SELECT c.id FROM Company c WHERE c.code = :code", Long.class)
        .setParameter("code", companyCode)
        .getSingleResult();
  }

  /** A new department of a company (by code) with the given name; returns its id. */
  public long department(String companyCode, String name) {
    Company company =
        em.createQuery("SELECT c FROM Company c WHERE c.code = :code", Company.class)
            .setParameter("code", companyCode)
            .getSingleResult();
    Department department = new Department(company, name);
    em.persist(department);
    em.flush();
    return department.getId();
  }

  /** A new department of a company (by code); returns its id. */
  public long department(String companyCode) {
    Company company =
        em.createQuery("SELECT c FROM Company c WHERE c.code = :code", Company.class)
            .setParameter("code", companyCode)
            .getSingleResult();
    Department department = new Department(company, "Mesa " + unique());
    em.persist(department);
    em.flush();
    return department.getId();
  }

  /** The id of a demo department by name. */
  public long departmentNamed(String name) {
    return em.createQuery("SELECT d.id FROM Department d WHERE d.name = :name", Long.class)
        .setParameter("name", name)
        .getSingleResult();
  }

  /** A new agent of the department, reading email in the language; returns its login. */
  public String agent(
      long departmentId, String language, Set<Permission> permissions, Role... roles) {
    String login = "f" + unique();
    Profile profile =
        new Profile(
            "p-" + login,
            permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions));
    em.persist(profile);
    em.persist(
        new Agent(
                em.find(Department.class, departmentId),
                login,
                "Agente " + login,
                login + "@acme.example",
                hasher.hash(ActingAgent.DEMO_PASSWORD.toCharArray()),
                1,
                EnumSet.of(roles[0], roles))
            .withProfile(profile)
            .readingIn(language));
    return login;
  }

  public long agentId(String login) {
    return em.createQuery("SELECT a.id FROM Agent a WHERE a.login = :login", Long.class)
        .setParameter("login", login)
        .getSingleResult();
  }

  /** A group of the department with these members; returns its id. */
  public long group(long departmentId, String... memberLogins) {
    AgentGroup group = new AgentGroup(em.find(Department.class, departmentId), "Grupo " + unique());
    for (String login : memberLogins) {
      group.with(em.find(Agent.class, agentId(login)));
    }
    em.persist(group);
    em.flush();
    return group.getId();
  }

  /** The holder of a case as the database has it (null when none). */
  public Long holderOf(long caseId) {
    Object holder =
        em.createNativeQuery("SELECT holder_id FROM support_case WHERE id = ?1")
            .setParameter(1, caseId)
            .getSingleResult();
    return holder == null ? null : ((Number) holder).longValue();
  }

  public long departmentOf(long caseId) {
    return ((Number)
            em.createNativeQuery("SELECT department_id FROM support_case WHERE id = ?1")
                .setParameter(1, caseId)
                .getSingleResult())
        .longValue();
  }

  /** The target agent of every forwarding-history row of the case, in the order they happened. */
  public List<Long> forwardingTargets(long caseId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT to_agent_id FROM forwarding WHERE case_id = ?1 ORDER BY forwarded_at, id")
            .setParameter(1, caseId)
            .getResultList();
    return rows.stream().map(r -> r == null ? null : ((Number) r).longValue()).toList();
  }

  /** Every forwarding-history row of the case as {from agent, to agent}, in order. */
  public List<Long[]> forwardingChain(long caseId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT from_agent_id, to_agent_id FROM forwarding WHERE case_id = ?1"
                    + " ORDER BY forwarded_at, id")
            .setParameter(1, caseId)
            .getResultList();
    return rows.stream()
        .map(
            r -> {
              Object[] pair = (Object[]) r;
              return new Long[] {
                pair[0] == null ? null : ((Number) pair[0]).longValue(),
                pair[1] == null ? null : ((Number) pair[1]).longValue()
              };
            })
        .toList();
  }

  /** The group holding the case (null when none). */
  public Long holdingGroupOf(long caseId) {
    Object group =
        em.createNativeQuery("SELECT holding_group_id FROM support_case WHERE id = ?1")
            .setParameter(1, caseId)
            .getSingleResult();
    return group == null ? null : ((Number) group).longValue();
  }

  /** How many discussion entries of this kind the case has. */
  public long discussionEntries(long caseId, String kind) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM discussion_entry WHERE case_id = ?1 AND kind = ?2")
                .setParameter(1, caseId)
                .setParameter(2, kind)
                .getSingleResult())
        .longValue();
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
