package br.com.atende.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.Party;
import br.com.atende.party.model.PartyKind;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CaseLifecycleTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);

  private final Department support = new Department(new Company("ACME", "ACME"), "Suporte");
  private final Agent ana = agent("ana", Role.AGENT);
  private final Agent carla = agent("carla", Role.AGENT, Role.SUPERVISOR);
  private final Party party = new Party(PartyKind.PERSON, "Maria", "52998224725", null, null);

  @Test
  void takingANewCaseMakesTheAgentItsHolder() {
    Case supportCase = newCase(null);
    StatusChange change = supportCase.changeStatus(CaseStatus.IN_PROGRESS, ana, NOW, null);

    assertSame(ana, supportCase.getHolder());
    assertEquals(CaseStatus.NEW, change.getFromStatus());
    assertEquals(CaseStatus.IN_PROGRESS, change.getToStatus());
    assertSame(ana, supportCase.getLastChangedBy());
  }

  @Test
  void schedulingNeedsTheDateAgreedWithTheClient() {
    Case supportCase = newCase(ana);
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> supportCase.changeStatus(CaseStatus.SCHEDULED, ana, NOW, null));
    assertEquals("scheduledFor", refused.field());
    assertEquals(CaseStatus.IN_PROGRESS, supportCase.getStatus());
  }

  @Test
  void aScheduleInThePastIsRefused() {
    Case supportCase = newCase(ana);
    assertThrows(
        InvalidInputException.class,
        () -> supportCase.changeStatus(CaseStatus.SCHEDULED, ana, NOW, NOW.minusHours(1)));
  }

  @Test
  void everySchedulingIsCountedIncludingARescheduling() {
    Case supportCase = newCase(ana);
    supportCase.changeStatus(CaseStatus.SCHEDULED, ana, NOW, NOW.plusDays(1));
    supportCase.changeStatus(CaseStatus.SCHEDULED, ana, NOW, NOW.plusDays(3));

    assertEquals(2, supportCase.getSchedulingCount());
    assertEquals(NOW.plusDays(3), supportCase.getScheduledFor());
  }

  @Test
  void tellingTheClientClosesTheCaseAndReopeningClearsTheClosingTime() {
    Case supportCase = newCase(ana);
    supportCase.changeStatus(CaseStatus.SOLVED, ana, NOW, null);
    supportCase.changeStatus(CaseStatus.NOTIFIED, ana, NOW.plusHours(1), null);
    assertEquals(NOW.plusHours(1), supportCase.getClosedAt());

    supportCase.changeStatus(CaseStatus.IN_PROGRESS, ana, NOW.plusHours(2), null);
    assertNull(supportCase.getClosedAt());
    assertEquals(CaseStatus.IN_PROGRESS, supportCase.getStatus());
  }

  @Test
  void pendingVoicemailBlocksSchedulingAndConcludingButNotOtherWork() {
    Case supportCase = newCase(ana);
    supportCase.recordVoicemail(ana, NOW);

    assertThrows(
        BusinessException.class,
        () -> supportCase.changeStatus(CaseStatus.SCHEDULED, ana, NOW, NOW.plusDays(1)));
    assertThrows(
        BusinessException.class, () -> supportCase.changeStatus(CaseStatus.SOLVED, ana, NOW, null));
    assertThrows(
        BusinessException.class,
        () -> supportCase.changeStatus(CaseStatus.NOTIFIED, ana, NOW, null));
    assertNotNull(supportCase.changeStatus(CaseStatus.PENDING, ana, NOW, null));

    supportCase.clearVoicemail(ana, NOW);
    assertNotNull(supportCase.changeStatus(CaseStatus.SOLVED, ana, NOW, null));
  }

  @Test
  void aChangeOutsideTheTableIsRefusedAndLeavesTheCaseAsItWas() {
    Case supportCase = newCase(null);
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> supportCase.changeStatus(CaseStatus.SOLVED, ana, NOW, null));
    assertEquals("error.status.notAllowed", refused.messageKey());
    assertEquals(CaseStatus.NEW, supportCase.getStatus());
  }

  @Test
  void aSupervisorMayMoveACaseHeldBySomeoneElse() {
    Case supportCase = newCase(ana);
    assertTrue(supportCase.mayBeMovedBy(carla, CaseStatus.PAUSED));
  }

  @Test
  void anyAgentMayTakeANewCaseButNotMoveItElsewhere() {
    Case supportCase = newCase(null);
    assertTrue(supportCase.mayBeMovedBy(ana, CaseStatus.IN_PROGRESS));
    assertEquals(false, supportCase.mayBeMovedBy(ana, CaseStatus.CANCELLED));
  }

  private Case newCase(Agent holder) {
    return new Case(
        new CaseNumber(2026, 1),
        ana,
        support,
        party,
        null,
        "Assunto",
        "Solicitação",
        Priority.NORMAL,
        0,
        NOW.minusDays(1),
        null,
        holder);
  }

  private Agent agent(String login, Role... roles) {
    return new Agent(
        support, login, login, login + "@acme.example", "hash", 0, EnumSet.of(roles[0], roles));
  }
}
