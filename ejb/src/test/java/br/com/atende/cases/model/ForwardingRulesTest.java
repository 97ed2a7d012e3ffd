package br.com.atende.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.AgentGroup;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Profile;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.Party;
import br.com.atende.party.model.PartyKind;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ForwardingRulesTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);

  private final Company acme = new Company("ACME", "ACME");
  private final Company services = new Company("ACMESERV", "ACME Serviços");
  private final Department support = new Department(acme, "Suporte");
  private final Department billing = new Department(acme, "Financeiro");
  private final Department field = new Department(services, "Atendimento em campo");
  private final Agent ana = agent(support, "ana", Set.of(Permission.CASE_FORWARD), Role.AGENT);
  private final Agent bruno = agent(support, "bruno", Set.of(), Role.AGENT);
  private final Agent carla =
      agent(support, "carla", EnumSet.allOf(Permission.class), Role.AGENT, Role.SUPERVISOR);
  private final Agent diego = agent(billing, "diego", Set.of(), Role.AGENT);
  private final Agent elisa = agent(field, "elisa", Set.of(Permission.CASE_FORWARD), Role.AGENT);
  private final Party party = new Party(PartyKind.PERSON, "Maria", "52998224725", null, null);

  @Test
  void theHolderForwardsToAnAgentOfAnotherCompanyWithAReason() {
    Case supportCase = newCase(ana);

    HandOver handOver = supportCase.forwardTo(elisa, "  Visita no cliente  ", ana, NOW);

    assertSame(elisa, supportCase.getHolder());
    assertSame(ana, supportCase.getReturnTo());
    Forwarding row = handOver.forwarding();
    assertEquals(ForwardingKind.FORWARD, row.getKind());
    assertSame(ana, row.getFromAgent());
    assertSame(elisa, row.getToAgent());
    assertEquals("Visita no cliente", row.getReason());
    assertNull(handOver.statusChange());
  }

  @Test
  void aForwardWithoutAReasonIsRefusedAndChangesNothing() {
    Case supportCase = newCase(ana);

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> supportCase.forwardTo(elisa, "  ", ana, NOW));

    assertEquals("reason", refused.field());
    assertSame(ana, supportCase.getHolder());
    assertNull(supportCase.getReturnTo());
  }

  @Test
  void forwardingNeedsTheForwardPermission() {
    Case supportCase = newCase(bruno);

    BusinessException refused =
        assertThrows(BusinessException.class, () -> supportCase.forwardTo(ana, "why", bruno, NOW));

    assertEquals("error.forward.notPermitted", refused.messageKey());
    assertFalse(supportCase.mayBeForwardedBy(bruno));
  }

  @Test
  void anAgentMayNotForwardACaseSomeoneElseHolds() {
    Case supportCase = newCase(carla);

    BusinessException refused =
        assertThrows(BusinessException.class, () -> supportCase.forwardTo(bruno, "why", ana, NOW));

    assertEquals("error.forward.notHolder", refused.messageKey());
  }

  @Test
  void aSupervisorForwardsACaseOfItsDepartmentHeldBySomeoneElse() {
    Case supportCase = newCase(ana);

    supportCase.forwardTo(bruno, "Bruno conhece o cliente", carla, NOW);

    assertSame(bruno, supportCase.getHolder());
    assertSame(carla, supportCase.getReturnTo());
  }

  @Test
  void forwardingANewCaseToAnAgentPutsItToWork() {
    Case supportCase = newCase(null);

    HandOver handOver = supportCase.forwardTo(bruno, "Fila de impressoras", ana, NOW);

    assertEquals(CaseStatus.IN_PROGRESS, supportCase.getStatus());
    assertEquals(CaseStatus.NEW, handOver.statusChange().getFromStatus());
  }

  @Test
  void aCaseForwardedToAGroupHasNoHolderAndQueuesForEveryMember() {
    AgentGroup printers = new AgentGroup(support, "Impressoras").with(bruno).with(elisa);
    Case supportCase = newCase(ana);

    HandOver handOver = supportCase.forwardTo(printers, "Especialistas", ana, NOW);

    assertNull(supportCase.getHolder());
    assertSame(printers, supportCase.getHoldingGroup());
    assertSame(printers, handOver.forwarding().getToGroup());
    assertTrue(supportCase.inQueueOf(bruno));
    assertTrue(supportCase.inQueueOf(elisa));
    assertFalse(supportCase.inQueueOf(ana));
  }

  @Test
  void aMemberLinksACaseItsGroupHoldsAndBecomesItsHolder() {
    AgentGroup printers = new AgentGroup(support, "Impressoras").with(elisa);
    Case supportCase = newCase(ana);
    supportCase.forwardTo(printers, "Especialistas", ana, NOW);

    HandOver handOver = supportCase.link(elisa, NOW);

    assertSame(elisa, supportCase.getHolder());
    assertNull(supportCase.getHoldingGroup());
    assertEquals(ForwardingKind.LINK, handOver.forwarding().getKind());
  }

  @Test
  void theHolderReturnsToWhoForwardedWithoutTheForwardPermission() {
    Case supportCase = newCase(ana);
    supportCase.forwardTo(bruno, "Por favor, veja", ana, NOW);

    HandOver handOver = supportCase.returnToForwarder("Não é da minha área", bruno, NOW);

    assertSame(ana, supportCase.getHolder());
    assertSame(bruno, supportCase.getReturnTo());
    assertEquals(ForwardingKind.RETURN, handOver.forwarding().getKind());
    assertSame(bruno, handOver.forwarding().getFromAgent());
    assertEquals("Não é da minha área", handOver.forwarding().getReason());
  }

  @Test
  void aReturnNeedsAJustification() {
    Case supportCase = newCase(ana);
    supportCase.forwardTo(bruno, "Por favor, veja", ana, NOW);

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> supportCase.returnToForwarder(null, bruno, NOW));

    assertEquals("justification", refused.field());
    assertSame(bruno, supportCase.getHolder());
  }

  @Test
  void onlyTheHolderReturnsAndOnlyACaseSomeoneForwarded() {
    Case forwarded = newCase(ana);
    forwarded.forwardTo(bruno, "Por favor, veja", ana, NOW);
    Case neverForwarded = newCase(bruno);

    assertEquals(
        "error.return.notHolder",
        assertThrows(BusinessException.class, () -> forwarded.returnToForwarder("x", diego, NOW))
            .messageKey());
    assertEquals(
        "error.return.nobody",
        assertThrows(
                BusinessException.class, () -> neverForwarded.returnToForwarder("x", bruno, NOW))
            .messageKey());
  }

  @Test
  void anAgentLinksAnUnheldCaseOfItsDepartmentOnly() {
    Case supportCase = newCase(null);

    assertEquals(
        "error.link.notYourQueue",
        assertThrows(BusinessException.class, () -> supportCase.link(diego, NOW)).messageKey());

    HandOver handOver = supportCase.link(bruno, NOW);
    assertSame(bruno, supportCase.getHolder());
    assertEquals(CaseStatus.IN_PROGRESS, supportCase.getStatus());
    assertEquals(CaseStatus.NEW, handOver.statusChange().getFromStatus());
    assertEquals(
        "error.link.held",
        assertThrows(BusinessException.class, () -> supportCase.link(ana, NOW)).messageKey());
  }

  @Test
  void aTransferMovesTheCaseToTheDepartmentAndItsAgentWithoutANewCase() {
    Case supportCase = newCase(ana);

    HandOver handOver = supportCase.transferTo(billing, diego, null, carla, NOW);

    assertSame(billing, supportCase.getDepartment());
    assertSame(diego, supportCase.getHolder());
    assertEquals(ForwardingKind.TRANSFER, handOver.forwarding().getKind());
    assertSame(billing, handOver.forwarding().getToDepartment());
  }

  @Test
  void aTransferWithoutAnAgentLeavesTheCaseInTheDepartmentsNewQueue() {
    Case supportCase = newCase(ana);

    supportCase.transferTo(billing, null, "Cobrança", carla, NOW);

    assertNull(supportCase.getHolder());
    assertTrue(supportCase.inQueueOf(diego));
  }

  @Test
  void aTransferNeedsThePermissionAnAgentOfTheDepartmentAndTheSameCompany() {
    Case supportCase = newCase(ana);

    assertEquals(
        "error.transfer.notPermitted",
        assertThrows(
                BusinessException.class,
                () -> supportCase.transferTo(billing, null, null, ana, NOW))
            .messageKey());
    assertEquals(
        "targetAgentId",
        assertThrows(
                InvalidInputException.class,
                () -> supportCase.transferTo(billing, bruno, null, carla, NOW))
            .field());
    assertEquals(
        "targetDepartmentId",
        assertThrows(
                InvalidInputException.class,
                () -> supportCase.transferTo(field, null, null, carla, NOW))
            .field());
    assertSame(support, supportCase.getDepartment());
  }

  @Test
  void aTransferIsRefusedToAnAgentWithThePermissionWhoDoesNotHoldTheCase() {
    Agent transferrer = agent(support, "tomas", Set.of(Permission.CASE_TRANSFER), Role.AGENT);
    Case supportCase = newCase(ana);

    assertEquals(
        "error.transfer.notHolder",
        assertThrows(
                BusinessException.class,
                () -> supportCase.transferTo(billing, null, null, transferrer, NOW))
            .messageKey());
    assertSame(support, supportCase.getDepartment());
    assertSame(ana, supportCase.getHolder());

    supportCase.forwardTo(transferrer, "Sua vez", ana, NOW);
    supportCase.transferTo(billing, null, null, transferrer, NOW);
    assertSame(billing, supportCase.getDepartment());
  }

  @Test
  void aSupervisorAssignsOnlyCasesOfItsOwnDepartment() {
    Agent billingSupervisor = agent(billing, "beatriz", Set.of(), Role.AGENT, Role.SUPERVISOR);
    Agent billingAgent = agent(billing, "bento", Set.of(), Role.AGENT);
    Case supportCase = newCase(null);

    assertEquals(
        "error.assign.caseOfOtherDepartment",
        assertThrows(
                BusinessException.class,
                () -> supportCase.assignTo(billingAgent, billingSupervisor, NOW))
            .messageKey());
    assertNull(supportCase.getHolder());
    assertEquals(CaseStatus.NEW, supportCase.getStatus());
  }

  @Test
  void takingANewCaseByItsStatusFollowsTheLinkRule() {
    Case ofSupport = newCase(null);

    assertEquals(
        "error.link.notYourQueue",
        assertThrows(
                BusinessException.class,
                () -> ofSupport.changeStatus(CaseStatus.IN_PROGRESS, diego, NOW, null))
            .messageKey());
    assertEquals(CaseStatus.NEW, ofSupport.getStatus());
    assertNull(ofSupport.getHolder());

    Forwarding row = ofSupport.takingRecord(CaseStatus.IN_PROGRESS, bruno, NOW);
    ofSupport.changeStatus(CaseStatus.IN_PROGRESS, bruno, NOW, null);
    assertSame(bruno, ofSupport.getHolder());
    assertEquals(ForwardingKind.LINK, row.getKind());
    assertSame(bruno, row.getToAgent());
  }

  @Test
  void takingAGroupsCaseByItsStatusNeedsAMemberAndClearsTheGroup() {
    AgentGroup printers = new AgentGroup(support, "Impressoras").with(elisa);
    Case supportCase = newCase(ana);
    supportCase.forwardTo(printers, "Impressoras", ana, NOW);
    Case fresh = newCase(null);
    fresh.openedForGroup(printers, carla, NOW);

    assertEquals(
        "error.link.notYourQueue",
        assertThrows(
                BusinessException.class,
                () -> fresh.changeStatus(CaseStatus.IN_PROGRESS, bruno, NOW, null))
            .messageKey());
    fresh.changeStatus(CaseStatus.IN_PROGRESS, elisa, NOW, null);
    assertSame(elisa, fresh.getHolder());
    assertNull(fresh.getHoldingGroup());
  }

  @Test
  void aClosedCaseChangesHandsNoMore() {
    Case supportCase = newCase(ana);
    supportCase.changeStatus(CaseStatus.CANCELLED, ana, NOW, null);

    assertThrows(BusinessException.class, () -> supportCase.forwardTo(bruno, "x", ana, NOW));
    assertThrows(BusinessException.class, () -> supportCase.link(bruno, NOW));
  }

  private Case newCase(Agent holder) {
    return new Case(
        new CaseNumber(2026, 1),
        ana,
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

  private static Agent agent(
      Department department, String login, Set<Permission> permissions, Role... roles) {
    return new Agent(
            department, login, login, login + "@acme.example", "x", 0, EnumSet.of(roles[0], roles))
        .withProfile(
            new Profile(
                "p-" + login,
                permissions.isEmpty()
                    ? EnumSet.noneOf(Permission.class)
                    : EnumSet.copyOf(permissions)));
  }
}
