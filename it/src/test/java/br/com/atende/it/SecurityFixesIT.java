package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseStatusService;
import br.com.atende.cases.application.ChangeStatusCommand;
import br.com.atende.cases.application.EditCaseCommand;
import br.com.atende.cases.application.ForwardingService;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.application.TransferCommand;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Clearances;
import br.com.atende.it.support.Deployments;
import br.com.atende.it.support.Fixtures;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.Teams;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The holes of issue 16 that live in the EJB layer, each proven closed through the services: who
 * may change a case's status, level and hands; who may write to it; what a case's level lets into
 * copies, relations and emails.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityFixesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.builtEarTesting(SecurityFixesIT.class);
  }

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject Teams teams;

  @Inject Fixtures fixtures;

  @Inject Clearances clearances;

  @Inject CaseService cases;

  @Inject CaseStatusService statuses;

  @Inject ForwardingService forwarding;

  // Item 1: one rule for who changes status, level and custody.

  @Test
  void aNonSupervisorCannotChangeTheLevelByPickingAClassification() throws Exception {
    String holder = fixtures.agent(3, Set.of(), Role.AGENT);
    long restricted = fixtures.classification(2);
    OpenedCase opened = open(holder, "Contrato", true);
    CaseDetails before = details(holder, opened.id());

    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> acting.as(holder, () -> cases.edit(editWith(before, restricted))));

    assertEquals("error.accessLevel.supervisorOnly", refused.messageKey());
    assertEquals("classificationId", refused.field());
    assertEquals(0, clearances.levelOf(opened.id()));
    acting.as("carla", () -> cases.edit(editWith(details("carla", opened.id()), restricted)));
    assertEquals(2, clearances.levelOf(opened.id()));
  }

  @Test
  void takingANewCaseByAStatusChangeFollowsTheLinkRuleAndRecordsTheLink() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    long otherDesk = teams.department(company);
    String opener = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    String colleague = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    String outsider = teams.agent(otherDesk, "pt-BR", Set.of(), Role.AGENT);
    OpenedCase opened = open(opener, "Fila do departamento", false);

    BusinessException refused =
        assertThrows(
            BusinessException.class, () -> moveTo(outsider, opened.id(), CaseStatus.IN_PROGRESS));

    assertEquals("error.link.notYourQueue", refused.messageKey());
    assertNull(teams.holderOf(opened.id()));
    moveTo(colleague, opened.id(), CaseStatus.IN_PROGRESS);
    assertEquals(teams.agentId(colleague), teams.holderOf(opened.id()));
    assertEquals(List.of("LINK"), clearances.forwardingKinds(opened.id()));
    assertEquals(1, teams.discussionEntries(opened.id(), "FORWARD"));
  }

  @Test
  void aTransferIsRefusedToAnAgentWhoDoesNotHoldTheCase() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    long billing = teams.department(company);
    String holder = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    String transferrer =
        teams.agent(desk, "pt-BR", EnumSet.of(Permission.CASE_TRANSFER), Role.AGENT);
    OpenedCase opened = open(holder, "Segurado por outro", true);

    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as(
                    transferrer,
                    () ->
                        forwarding.transfer(
                            new TransferCommand(List.of(opened.id()), billing, null, "Meu"))));

    assertEquals("error.transfer.notHolder", refused.messageKey());
    assertEquals(desk, teams.departmentOf(opened.id()));
    assertEquals(teams.agentId(holder), teams.holderOf(opened.id()));
  }

  @Test
  void aSupervisorAssignsOnlyCasesOfItsOwnDepartment() throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    long otherDesk = teams.department(company);
    String opener = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    String otherSupervisor = teams.agent(otherDesk, "pt-BR", Set.of(), Role.AGENT, Role.SUPERVISOR);
    String otherAgent = teams.agent(otherDesk, "pt-BR", Set.of(), Role.AGENT);
    OpenedCase opened = open(opener, "Outro departamento", false);

    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as(
                    otherSupervisor,
                    () ->
                        cases.assign(
                            opened.id(),
                            forwarding.state(opened.id()).version(),
                            teams.agentId(otherAgent))));

    assertEquals("error.assign.caseOfOtherDepartment", refused.messageKey());
    assertNull(teams.holderOf(opened.id()));
  }

  private OpenedCase open(String login, String subject, boolean assignToMe) throws Exception {
    return openings.open(
        login, "Maria Oliveira", subject, "Pedido: " + subject, Priority.NORMAL, null, assignToMe);
  }

  private CaseDetails details(String login, long caseId) throws Exception {
    return acting.as(login, () -> cases.details(caseId));
  }

  private void moveTo(String login, long caseId, CaseStatus status) throws Exception {
    acting.as(
        login,
        () ->
            statuses.changeStatus(
                new ChangeStatusCommand(
                    caseId, forwarding.state(caseId).version(), status, null, null)));
  }

  private static EditCaseCommand editWith(CaseDetails details, long classificationId) {
    return new EditCaseCommand(
        details.id(),
        details.version(),
        details.subject(),
        details.request(),
        details.priority(),
        details.dueDate(),
        details.caseTypeId(),
        classificationId,
        null,
        null,
        null);
  }
}
