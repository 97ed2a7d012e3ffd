package br.com.atende.cases.model;

import static br.com.atende.cases.model.VoicemailHandOverTest.agent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.AgentGroup;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.Party;
import br.com.atende.party.model.PartyKind;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * SPEC C1/C4: where a case is opened into (a group, or an agent a supervisor names) and the access
 * level a supervisor chooses; and whom a supervisor assigns a case to later (SPEC C5).
 */
class OpeningHandsTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);

  private final Company acme = new Company("ACME", "ACME");
  private final Company services = new Company("ACMESERV", "ACME Serviços");
  private final Department support = new Department(acme, "Suporte");
  private final Department billing = new Department(acme, "Financeiro");
  private final Agent ana = agent(support, "ana", Set.of(), Role.AGENT);
  private final Agent carla =
      agent(support, "carla", EnumSet.allOf(Permission.class), Role.AGENT, Role.SUPERVISOR);
  private final Agent diego = agent(billing, "diego", Set.of(), Role.AGENT);
  private final Party party = new Party(PartyKind.PERSON, "Maria", "52998224725", null, null);

  @Test
  void onlyASupervisorChoosesTheLevelWhileOpeningAndItOverridesTheDefault() {
    Case bySupervisor = newCase(carla, null).openedAtLevel(3, carla);
    assertEquals(3, bySupervisor.getAccessLevel());

    BusinessException refused =
        assertThrows(BusinessException.class, () -> newCase(ana, null).openedAtLevel(2, ana));
    assertEquals("error.accessLevel.supervisorOnly", refused.messageKey());
    InvalidInputException negative =
        assertThrows(
            InvalidInputException.class, () -> newCase(carla, null).openedAtLevel(-1, carla));
    assertEquals("accessLevel", negative.field());
  }

  @Test
  void aCaseOpenedIntoAGroupHasNoHolderAndWaitsForItsMembers() {
    AgentGroup group = new AgentGroup(support, "Visitas").with(ana);
    Case supportCase = newCase(ana, null);

    HandOver handOver = supportCase.openedForGroup(group, ana, NOW);

    assertNull(supportCase.getHolder());
    assertSame(group, supportCase.getHoldingGroup());
    assertEquals(CaseStatus.NEW, supportCase.getStatus());
    assertEquals(ForwardingKind.ASSIGN, handOver.forwarding().getKind());
    assertSame(group, handOver.forwarding().getToGroup());
    assertEquals(true, supportCase.inQueueOf(ana));
  }

  @Test
  void aGroupOfAnotherCompanyOrACaseAlreadyTakenCannotBeOpenedIntoAGroup() {
    AgentGroup elsewhere = new AgentGroup(new Department(services, "Campo"), "Campo");
    AgentGroup group = new AgentGroup(support, "Visitas");

    assertEquals(
        "targetGroupId",
        assertThrows(
                InvalidInputException.class,
                () -> newCase(ana, null).openedForGroup(elsewhere, ana, NOW))
            .field());
    assertEquals(
        "error.open.groupAndAssignee",
        assertThrows(
                InvalidInputException.class,
                () -> newCase(ana, ana).openedForGroup(group, ana, NOW))
            .messageKey());
  }

  @Test
  void aSupervisorOpensACaseIntoTheHandsOfAnAgentOfItsDepartment() {
    Case supportCase = newCase(carla, null);

    HandOver handOver = supportCase.openedAssignedTo(ana, carla, NOW);

    assertSame(ana, supportCase.getHolder());
    assertEquals(CaseStatus.IN_PROGRESS, supportCase.getStatus());
    assertEquals(ForwardingKind.ASSIGN, handOver.forwarding().getKind());
    assertNull(handOver.forwarding().getFromAgent());
    assertSame(ana, handOver.forwarding().getToAgent());
    assertSame(carla, handOver.forwarding().getBy());
  }

  @Test
  void anAgentNamesNoAssigneeAndASupervisorNoneOutsideItsDepartment() {
    assertEquals(
        "error.assign.supervisorOnly",
        assertThrows(
                BusinessException.class, () -> newCase(ana, null).openedAssignedTo(ana, ana, NOW))
            .messageKey());
    assertEquals(
        "error.assign.otherDepartment",
        assertThrows(
                InvalidInputException.class,
                () -> newCase(carla, null).openedAssignedTo(diego, carla, NOW))
            .messageKey());
  }

  @Test
  void aSupervisorAssignsAnOpenCaseOnlyToAnActiveAgentOfItsOwnDepartment() {
    Case supportCase = newCase(carla, null);

    InvalidInputException outside =
        assertThrows(InvalidInputException.class, () -> supportCase.assignTo(diego, carla, NOW));
    assertEquals("error.assign.otherDepartment", outside.messageKey());
    assertNull(supportCase.getHolder());
    BusinessException notSupervisor =
        assertThrows(BusinessException.class, () -> supportCase.assignTo(ana, ana, NOW));
    assertEquals("error.assign.supervisorOnly", notSupervisor.messageKey());

    StatusChange change = supportCase.assignTo(ana, carla, NOW);

    assertSame(ana, supportCase.getHolder());
    assertEquals(CaseStatus.IN_PROGRESS, change.getToStatus());
  }

  private Case newCase(Agent opener, Agent holder) {
    return new Case(
        new CaseNumber(2026, 1),
        opener,
        support,
        party,
        null,
        "Impressora",
        "Não imprime",
        Priority.NORMAL,
        0,
        NOW,
        null,
        holder);
  }
}
