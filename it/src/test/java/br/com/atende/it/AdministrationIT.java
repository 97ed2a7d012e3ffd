package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.administration.application.AgentAdministration;
import br.com.atende.administration.application.AgentForm;
import br.com.atende.administration.application.DepartmentAdministration;
import br.com.atende.administration.application.DepartmentForm;
import br.com.atende.administration.application.Removal;
import br.com.atende.administration.model.AdminLogEntry.Kind;
import br.com.atende.it.support.AccountRows;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.AdministrationProbe;
import br.com.atende.it.support.MailServer;
import br.com.atende.it.support.Teams;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.PageRequest;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Administration of departments and agents without code (issue 15): bad input is refused naming the
 * field with nothing saved; a department something refers to is deactivated instead of deleted; the
 * last active administrator can be neither deactivated nor demoted; every change leaves a line in
 * the admin log; and only administrators may do any of it.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

  @Inject ActingAgent acting;

  @Inject Teams teams;

  @Inject AccountRows accounts;

  @Inject AdministrationProbe probe;

  @Inject DepartmentAdministration departments;

  @Inject AgentAdministration agents;

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
    long company = teams.companyId(teams.company());
    long department = asAdmin(() -> departments.create(new DepartmentForm(company, "Mesa A")));
    String login = unique("v");

    assertEquals("email", refused(() -> agents.create(form(login, department, "nada@", 1))));
    assertEquals("clearance", refused(() -> agents.create(form(login, department, null, 5))));
    assertEquals(
        "login",
        refused(
            () -> agents.create(form("Maiúsculo Com Espaço", department, "m@acme.example", 1))));
    assertEquals(
        "roles",
        refused(
            () ->
                agents.create(
                    new AgentForm(
                        login,
                        "Nome",
                        login + "@acme.example",
                        "pt-BR",
                        department,
                        1,
                        Set.of(),
                        null,
                        true))));
    assertEquals(0, probe.agentsWithLogin(login), "nothing half-saved");

    asAdmin(() -> agents.create(form(login, department, null, 1)));
    assertEquals("login", refused(() -> agents.create(form(login, department, null, 1))));
    assertEquals(
        "name", refused(() -> departments.create(new DepartmentForm(company, " mesa a "))));
    assertEquals("name", refused(() -> departments.create(new DepartmentForm(company, " "))));
    assertEquals("name", refused(() -> renaming(department, "")));
    assertEquals(1, probe.agentsWithLogin(login));
  }

  @Test
  void aDepartmentSomethingRefersToIsDeactivatedInsteadOfDeletedAndOfferedForNothingNew()
      throws Exception {
    long company = teams.companyId(teams.company());
    long empty = asAdmin(() -> departments.create(new DepartmentForm(company, "Vazia")));
    long staffed = asAdmin(() -> departments.create(new DepartmentForm(company, "Com gente")));
    String login = unique("d");
    long agent = asAdmin(() -> agents.create(form(login, staffed, null, 1)));

    assertEquals(Removal.DELETED, asAdmin(() -> departments.remove(empty)));
    assertEquals("none", probe.departmentState(empty));

    assertEquals(Removal.DEACTIVATED, asAdmin(() -> departments.remove(staffed)));
    assertEquals("inactive", probe.departmentState(staffed));
    assertFalse(
        asAdmin(() -> agents.departments()).stream().anyMatch(d -> d.id() == staffed),
        "an inactive department is not offered to agents");
    assertEquals(
        "departmentId",
        refused(() -> agents.create(form(unique("d"), staffed, null, 1))),
        "no new agent in an inactive department");
    asAdmin(
        () -> {
          agents.change(
              agent,
              new AgentForm(
                  login,
                  "Renomeado",
                  login + "@acme.example",
                  "en",
                  staffed,
                  2,
                  Set.of(Role.AGENT),
                  null,
                  true));
          return null;
        });
    assertTrue(probe.agentActive(agent), "its agents stay where they are and may be changed");

    asAdmin(
        () -> {
          departments.reactivate(staffed);
          return null;
        });
    assertEquals("active", probe.departmentState(staffed));
  }

  @Test
  void theLastActiveAdministratorCanBeNeitherDeactivatedNorDemoted() throws Exception {
    long department = teams.department(teams.company());
    String login = unique("adm");
    long admin =
        asAdmin(
            () ->
                agents.create(
                    new AgentForm(
                        login,
                        "Administradora",
                        login + "@acme.example",
                        "pt-BR",
                        department,
                        0,
                        Set.of(Role.ADMIN),
                        null,
                        true)));
    accounts.demoPasswordFor(login);

    BusinessException deactivating =
        acting.as(
            login,
            () ->
                probe.refusalWhileAlone(
                    login,
                    () -> {
                      agents.deactivate(admin);
                      return null;
                    }));
    assertEquals("error.agent.lastAdmin", deactivating.messageKey());
    assertEquals("active", deactivating.field());

    BusinessException demoting =
        acting.as(
            login,
            () ->
                probe.refusalWhileAlone(
                    login,
                    () -> {
                      agents.change(
                          admin,
                          new AgentForm(
                              login,
                              "Administradora",
                              login + "@acme.example",
                              "pt-BR",
                              department,
                              0,
                              Set.of(Role.AGENT),
                              null,
                              true));
                      return null;
                    }));
    assertEquals("error.agent.lastAdmin", demoting.messageKey());
    assertEquals("roles", demoting.field());
    assertTrue(probe.agentActive(teams.agentId("admin")), "the refusal rolled everything back");

    asAdmin(
        () -> {
          agents.deactivate(admin);
          return null;
        });
    assertFalse(probe.agentActive(admin), "with another administrator active, it may go");
  }

  @Test
  void everyChangeLeavesALineInTheAdminLogAndANewAgentIsInvitedByEmail() throws Exception {
    String code = teams.company();
    long company = teams.companyId(code);
    String login = unique("l");
    try (MailServer mail = MailServer.start()) {
      long department = asAdmin(() -> departments.create(new DepartmentForm(company, "Antiga")));
      asAdmin(
          () -> {
            departments.rename(department, "Nova");
            return null;
          });
      long agent = asAdmin(() -> agents.create(form(login, department, null, 2)));
      asAdmin(
          () -> {
            agents.deactivate(agent);
            return null;
          });
      assertEquals(Removal.DEACTIVATED, asAdmin(() -> departments.remove(department)));
      refused(() -> renaming(department, ""));

      assertEquals(
          List.of(
              "CREATED by admin: Coligada " + code + " / Antiga",
              "CHANGED by admin: Antiga -> Nova",
              "DEACTIVATED by admin: Nova"),
          probe.logOf(Kind.DEPARTMENT, department),
          "a refused change leaves no line");
      List<String> agentLog = probe.logOf(Kind.AGENT, agent);
      assertEquals(2, agentLog.size());
      assertTrue(
          agentLog.get(0).startsWith("CREATED by admin: login=" + login + ";")
              && agentLog.get(0).contains("department=Nova; clearance=2; roles=[AGENT]"),
          agentLog.get(0));
      assertEquals("DEACTIVATED by admin: " + login, agentLog.get(1));

      assertTrue(
          MailServer.subjectOf(mail.awaitEmailTo(login + "@acme.example")).contains("Convite"),
          "the new agent is emailed its invitation");
    }
  }

  @Test
  void onlyAdministratorsAdministerAndTheListsArePagedAndFiltered() throws Exception {
    long department = teams.department(teams.company());
    String login = unique("p");
    asAdmin(() -> agents.create(form(login, department, null, 0)));
    assertEquals(1, asAdmin(() -> agents.count(login)));
    assertEquals(login, asAdmin(() -> agents.page(login, PageRequest.of(0, 20))).get(0).login());

    String supervisor = teams.agent(department, "pt-BR", Set.of(), Role.SUPERVISOR, Role.AGENT);
    accounts.demoPasswordFor(supervisor);
    assertThrows(EJBAccessException.class, () -> acting.as(supervisor, () -> agents.count(null)));
    assertThrows(
        EJBAccessException.class,
        () -> acting.as(supervisor, () -> departments.remove(department)));
  }

  private Void renaming(long department, String name) {
    departments.rename(department, name);
    return null;
  }

  private AgentForm form(String login, long departmentId, String email, int clearance) {
    return new AgentForm(
        login,
        "Agente " + login,
        email == null ? login + "@acme.example" : email,
        "pt-BR",
        departmentId,
        clearance,
        Set.of(Role.AGENT),
        null,
        true);
  }

  private <T> T asAdmin(Callable<T> action) throws Exception {
    return acting.as("admin", action);
  }

  /** The field an administrator's action is refused for. */
  private String refused(Callable<?> action) {
    InvalidInputException refusal =
        assertThrows(InvalidInputException.class, () -> asAdmin(action));
    return refusal.field();
  }

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }
}
