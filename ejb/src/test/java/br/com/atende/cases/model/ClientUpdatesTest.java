package br.com.atende.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Seed 004 §2.1 and §4.5: what the client is told, by the case's hands only, always audited. */
class ClientUpdatesTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 9, 0);

  private final Department support = new Department(new Company("ACME", "ACME"), "Suporte");
  private final Agent ana = PartsFixture.agent(support, "ana", Set.of(), Role.AGENT);
  private final Agent bruno = PartsFixture.agent(support, "bruno", Set.of(), Role.AGENT);
  private final Case supportCase =
      new Case(
          new CaseNumber(2026, 7),
          ana,
          support,
          new Party(PartyKind.PERSON, "Maria", null, null, null),
          null,
          "Peça",
          "Trocar a peça",
          Priority.NORMAL,
          0,
          NOW,
          null,
          ana);

  @Test
  void aStatusIsStartedThenEndedAndStaysShownAsEnded() {
    List<CaseAudit> started =
        supportCase.startInformationalStatus("Aguardando peça", "Chega sexta", ana, NOW);
    assertTrue(supportCase.getClientUpdates().isStarted());
    assertEquals("Aguardando peça · started", started.get(0).getNewValue());

    List<CaseAudit> ended = supportCase.endInformationalStatus(ana, NOW.plusHours(1));

    assertFalse(supportCase.getClientUpdates().isStarted());
    assertEquals("Aguardando peça", supportCase.getClientUpdates().getStatus());
    assertEquals("Aguardando peça · ended", ended.get(0).getNewValue());
    assertTrue(supportCase.endInformationalStatus(ana, NOW).isEmpty(), "nothing left to end");
  }

  @Test
  void concludingTheCaseEndsItsStatus() {
    supportCase.startInformationalStatus("Em análise", null, ana, NOW);
    assertTrue(supportCase.endInformationalStatusIfClosed(ana, NOW).isEmpty(), "still open");

    supportCase.changeStatus(CaseStatus.NOTIFIED, ana, NOW, null);

    assertEquals(1, supportCase.endInformationalStatusIfClosed(ana, NOW).size());
    assertFalse(supportCase.getClientUpdates().isStarted());
  }

  @Test
  void theStatusTextIsRequiredAndOnlyTheCasesHandsTellTheClientAnything() {
    InvalidInputException blank =
        assertThrows(
            InvalidInputException.class,
            () -> supportCase.startInformationalStatus(" ", "x", ana, NOW));
    assertEquals("infoStatus", blank.field());
    assertThrows(
        BusinessException.class, () -> supportCase.startInformationalStatus("X", null, bruno, NOW));
    assertThrows(BusinessException.class, () -> supportCase.notifyClient(false, bruno, NOW));

    List<CaseAudit> off = supportCase.notifyClient(false, ana, NOW);

    assertFalse(supportCase.getClientUpdates().isNotifyClient());
    assertEquals("notifyClient", off.get(0).getFieldName());
  }
}
