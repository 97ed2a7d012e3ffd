package br.com.atende.it.support;

import br.com.atende.catalog.model.CaseType;
import br.com.atende.catalog.model.Classification;
import br.com.atende.organization.application.PasswordHasher;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Profile;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.Contact;
import br.com.atende.party.model.Party;
import br.com.atende.party.model.PartyKind;
import br.com.atende.party.model.Representative;
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
 * Data a test needs of its own (agents with a given profile, parties, contacts, representatives,
 * case types), written straight to the database: Atende's admin pages for these come with later
 * issues, and tests must not change the demo data others rely on.
 */
@Stateless
@PermitAll
public class Fixtures {

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHasher hasher;

  /** A new case type of a demo company (by code, e.g. "ACME"), for a workflow of a test's own. */
  public long caseType(String companyCode) {
    Company company =
        em.createQuery("SELECT c FROM Company c WHERE c.code = :code", Company.class)
            .setParameter("code", companyCode)
            .getSingleResult();
    CaseType caseType = new CaseType(company, "Tipo " + unique());
    em.persist(caseType);
    em.flush();
    return caseType.getId();
  }

  /** The departments of an agent's company, by id: the order the case generator deals cases in. */
  public List<Long> departmentsOfCompanyOf(String login) {
    return em.createQuery(
            "SELECT d.id FROM Department d, Agent a WHERE a.login = :login"
                + " AND d.company = a.company ORDER BY d.id",
            Long.class)
        .setParameter("login", login)
        .getResultList();
  }

  /** Every case of a department, whoever may see it: what a generator or an import wrote. */
  public long casesIn(long departmentId) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM support_case WHERE department_id = ?1")
                .setParameter(1, departmentId)
                .getSingleResult())
        .longValue();
  }

  public long departmentOf(String login) {
    return em.createQuery("SELECT a.department.id FROM Agent a WHERE a.login = :login", Long.class)
        .setParameter("login", login)
        .getSingleResult();
  }

  /** A new agent of ACME's "Suporte" with the demo password; returns its login. */
  public String agent(int clearance, Set<Permission> permissions, Role... roles) {
    Department support =
        em.createQuery("SELECT d FROM Department d WHERE d.name = 'Suporte'", Department.class)
            .getSingleResult();
    String login = "t" + unique();
    Profile profile =
        new Profile(
            "p-" + login,
            permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions));
    em.persist(profile);
    em.persist(
        new Agent(
                support,
                login,
                "Agente " + login,
                login + "@acme.example",
                hasher.hash(ActingAgent.DEMO_PASSWORD.toCharArray()),
                clearance,
                EnumSet.of(roles[0], roles))
            .withProfile(profile));
    return login;
  }

  public long party(PartyKind kind, String name, String phone, boolean supplier) {
    Party party = new Party(kind, name + " " + unique(), null, phone, null);
    if (supplier) {
      party.asSupplier();
    }
    em.persist(party);
    em.flush();
    return party.getId();
  }

  /** A contact of the party, looked after by the agent with this login (none when null). */
  public long contact(long partyId, String name, String phone, String responsibleLogin) {
    Contact contact =
        new Contact(em.find(Party.class, partyId), name, null, phone)
            .lookedAfterBy(agentByLogin(responsibleLogin));
    em.persist(contact);
    em.flush();
    return contact.getId();
  }

  public long importedContact(long partyId, String name, String responsibleLogin) {
    Contact contact =
        new Contact(em.find(Party.class, partyId), name, null, null)
            .lookedAfterBy(agentByLogin(responsibleLogin))
            .importedAs("ERP-" + unique());
    em.persist(contact);
    em.flush();
    return contact.getId();
  }

  public long representative(String name) {
    Representative representative = new Representative(name + " " + unique(), null, null);
    em.persist(representative);
    em.flush();
    return representative.getId();
  }

  public long representativeContact(long representativeId, String name, String responsibleLogin) {
    Contact contact =
        Contact.ofRepresentative(em.find(Representative.class, representativeId), name, null, null)
            .lookedAfterBy(agentByLogin(responsibleLogin));
    em.persist(contact);
    em.flush();
    return contact.getId();
  }

  /** A classification of ACME's "Incidente" type that sets this access level (null: none). */
  public long classification(Integer accessLevel) {
    CaseType incident =
        em.createQuery(
                "SELECT t FROM CaseType t WHERE t.name = 'Incidente' AND t.company.code = 'ACME'",
                CaseType.class)
            .getSingleResult();
    Classification classification = new Classification(incident, "Classe " + unique(), accessLevel);
    em.persist(classification);
    em.flush();
    return classification.getId();
  }

  public boolean contactIsActive(long contactId) {
    return em.find(Contact.class, contactId).isActive();
  }

  public boolean contactExists(long contactId) {
    return em.find(Contact.class, contactId) != null;
  }

  private Agent agentByLogin(String login) {
    if (login == null) {
      return null;
    }
    return em.createQuery("SELECT a FROM Agent a WHERE a.login = :login", Agent.class)
        .setParameter("login", login)
        .getSingleResult();
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
