package br.com.atende.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** SPEC C3: while a voicemail waits for the client, the case does not change hands. */
class VoicemailHandOverTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);

  private final Company acme = new Company("ACME", "ACME");
  private final Department support = new Department(acme, "Suporte");
  private final Department billing = new Department(acme, "Financeiro");
  private final Agent ana =
      agent(
          support,
          "ana",
          EnumSet.of(Permission.CASE_FORWARD, Permission.CASE_TRANSFER),
          Role.AGENT);
  private final Agent bruno =
      agent(
          support,
          "bruno",
          EnumSet.of(Permission.CASE_FORWARD, Permission.CASE_TRANSFER),
          Role.AGENT);
  private final Agent diego = agent(billing, "diego", Set.of(), Role.AGENT);
  private final Party party = new Party(PartyKind.PERSON, "Maria", "52998224725", null, null);

  @Test
  void aPendingVoicemailBlocksForwardingToAnAgentOrAGroup() {
    Case supportCase = heldByAnaWithAVoicemail();
    AgentGroup group = new AgentGroup(support, "Visitas").with(bruno);

    assertBlocked(supportCase, () -> supportCase.forwardTo(bruno, "Especialista", ana, NOW));
    assertBlocked(supportCase, () -> supportCase.forwardTo(group, "Visita", ana, NOW));
  }

  @Test
  void aPendingVoicemailBlocksReturningTransferringAndAdvancingTheStep() {
    Case supportCase = newCase(bruno);
    supportCase.forwardTo(ana, "Com você", bruno, NOW);
    supportCase.recordVoicemail(ana, NOW);

    assertBlocked(supportCase, () -> supportCase.returnToForwarder("Não é comigo", ana, NOW));
    assertBlocked(supportCase, () -> supportCase.transferTo(billing, diego, "Cobrança", ana, NOW));
    assertBlocked(supportCase, () -> supportCase.enterStep(7L, "Análise", bruno, null, ana, NOW));
    assertNull(supportCase.getWorkflowStepId());
  }

  @Test
  void onceTheClientIsReachedTheCaseChangesHandsAgain() {
    Case supportCase = heldByAnaWithAVoicemail();
    supportCase.clearVoicemail(ana, NOW);

    supportCase.forwardTo(bruno, "Especialista", ana, NOW);

    assertSame(bruno, supportCase.getHolder());
  }

  @Test
  void recordingAndClearingVoicemailAuditTheCounterAndAClearWithNothingPendingAuditsNothing() {
    Case supportCase = newCase(ana);

    List<CaseAudit> recorded = supportCase.recordVoicemail(ana, NOW);
    List<CaseAudit> cleared = supportCase.clearVoicemail(ana, NOW);

    assertEquals(1, recorded.size());
    assertEquals("voicemailMessages", recorded.get(0).getFieldName());
    assertEquals("0", recorded.get(0).getOldValue());
    assertEquals("1", recorded.get(0).getNewValue());
    assertEquals("1", cleared.get(0).getOldValue());
    assertEquals("0", cleared.get(0).getNewValue());
    assertTrue(supportCase.clearVoicemail(ana, NOW).isEmpty());
  }

  private void assertBlocked(Case supportCase, Executable handOver) {
    Agent holderBefore = supportCase.getHolder();
    BusinessException refused = assertThrows(BusinessException.class, handOver);
    assertEquals("error.forward.voicemailPending", refused.messageKey());
    assertSame(holderBefore, supportCase.getHolder());
    assertSame(support, supportCase.getDepartment());
  }

  private Case heldByAnaWithAVoicemail() {
    Case supportCase = newCase(ana);
    supportCase.recordVoicemail(ana, NOW);
    return supportCase;
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

  static Agent agent(
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
