package br.com.atende.cases.model;

import static br.com.atende.cases.model.VoicemailHandOverTest.agent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.Party;
import br.com.atende.party.model.PartyKind;
import br.com.atende.shared.BusinessException;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SPEC C10, seed 004 §4.2: who may move a case to the trash, and for how long it comes back. */
class TrashTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);

  private final Department support = new Department(new Company("ACME", "ACME"), "Suporte");
  private final Agent tiago =
      agent(support, "tiago", EnumSet.of(Permission.CASE_DELETE), Role.AGENT);
  private final Agent ana = agent(support, "ana", Set.of(), Role.AGENT);
  private final Party party = new Party(PartyKind.PERSON, "Maria", "52998224725", null, null);

  @Test
  void anAgentWithThePermissionMovesTheCaseToTheTrashAndTheMoveIsAudited() {
    Case supportCase = newCase();

    CaseAudit audit = supportCase.moveToTrash(tiago, false, NOW);

    assertTrue(supportCase.isDeleted());
    assertSame(tiago, supportCase.getDeletedBy());
    assertEquals(NOW, supportCase.getDeletedAt());
    assertEquals("deleted", audit.getFieldName());
    assertEquals("tiago", audit.getNewValue());
  }

  @Test
  void withoutThePermissionOrWithAnOpenEscalationTheCaseStays() {
    Case supportCase = newCase();

    assertEquals(
        "error.trash.notPermitted", refusal(() -> supportCase.moveToTrash(ana, false, NOW)));
    assertEquals(
        "error.trash.openEscalations", refusal(() -> supportCase.moveToTrash(tiago, true, NOW)));
    assertFalse(supportCase.isDeleted());
  }

  @Test
  void aCaseComesBackWithinSevenDaysOfItsDeletionAndNotAfter() {
    Case restorable = newCase();
    restorable.moveToTrash(tiago, false, NOW);
    restorable.restoreFromTrash(ana, NOW.plusDays(7));
    assertFalse(restorable.isDeleted());
    assertNull(restorable.getDeletedBy());

    Case tooOld = newCase();
    tooOld.moveToTrash(tiago, false, NOW);
    assertEquals(
        "error.trash.tooLate",
        refusal(() -> tooOld.restoreFromTrash(ana, NOW.plusDays(7).plusMinutes(1))));
    assertTrue(tooOld.isDeleted());
  }

  @Test
  void thePurgeTakesTheCasesDeletedMoreThanSevenDaysBefore() {
    assertEquals(NOW.minusDays(7), Trash.purgeableBefore(NOW));
    assertTrue(Trash.mayRestore(NOW.minusDays(7), NOW));
    assertFalse(Trash.mayRestore(NOW.minusDays(7).minusSeconds(1), NOW));
  }

  private static String refusal(Runnable action) {
    return assertThrows(BusinessException.class, action::run).messageKey();
  }

  private Case newCase() {
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
        ana);
  }
}
