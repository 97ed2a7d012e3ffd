package br.com.atende.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.catalog.model.CaseType;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.Party;
import br.com.atende.party.model.PartyKind;
import br.com.atende.shared.InvalidInputException;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The overdue flag and the due date of a case as agents and the sweep change them. */
class CaseDueDateTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);

  private final Company acme = new Company("ACME", "ACME");
  private final Department support = new Department(acme, "Suporte");
  private final Agent ana =
      new Agent(support, "ana", "ana", "ana@acme.example", "hash", 0, EnumSet.of(Role.AGENT));
  private final Party party = new Party(PartyKind.PERSON, "Maria", "52998224725", null, null);
  private final CaseType type = new CaseType(acme, "Dúvida");

  @Test
  void theSweepsFlagIsAuditedWithNoAgentAndOnlyOnce() {
    Case supportCase = overdueCase();
    CaseAudit row = supportCase.flagOverdue(NOW);

    assertTrue(supportCase.isOverdue());
    assertEquals("overdue", row.getFieldName());
    assertEquals("false", row.getOldValue());
    assertEquals("true", row.getNewValue());
    assertNull(supportCase.flagOverdue(NOW));
  }

  @Test
  void movingTheDueDateIntoTheFutureClearsTheFlagAudited() {
    Case supportCase = overdueCase();
    supportCase.flagOverdue(NOW);

    List<CaseAudit> rows = supportCase.followDueDate(NOW.plusDays(1), ana, NOW);

    assertFalse(supportCase.isOverdue());
    assertEquals(
        List.of("dueDate", "overdue"), rows.stream().map(CaseAudit::getFieldName).toList());
  }

  @Test
  void aDueDateStillPastKeepsTheFlag() {
    Case supportCase = overdueCase();
    supportCase.flagOverdue(NOW);

    supportCase.followDueDate(NOW.minusHours(1), ana, NOW);

    assertTrue(supportCase.isOverdue());
  }

  @Test
  void concludingTheCaseClearsTheFlagEvenWithTheDueDatePast() {
    Case supportCase = overdueCase();
    supportCase.flagOverdue(NOW);
    supportCase.changeStatus(CaseStatus.SOLVED, ana, NOW, null);
    assertTrue(supportCase.followDueDate(supportCase.getDueDate(), ana, NOW).isEmpty());
    assertTrue(supportCase.isOverdue(), "SOLVED is still open: the client is not told yet");

    supportCase.changeStatus(CaseStatus.NOTIFIED, ana, NOW, null);
    List<CaseAudit> rows = supportCase.followDueDate(supportCase.getDueDate(), ana, NOW);

    assertFalse(supportCase.isOverdue());
    assertEquals("overdue", rows.get(0).getFieldName());
  }

  @Test
  void aDueDateChangedByHandNeedsANote() {
    Case supportCase = overdueCase();
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> supportCase.edit(fields(NOW.plusDays(2)), " ", ana, NOW));
    assertEquals("dueDateNote", refused.field());
    assertEquals(NOW.minusDays(1), supportCase.getDueDate());
  }

  @Test
  void aDueDateChangedByHandWithANoteIsAuditedAndClearsTheFlag() {
    Case supportCase = overdueCase();
    supportCase.flagOverdue(NOW);

    List<CaseAudit> rows =
        supportCase.edit(fields(NOW.plusDays(2)), "Cliente pediu mais dois dias.", ana, NOW);

    // The case had no type yet: the edit sets it, audited as well.
    assertEquals(
        List.of("dueDate", "overdue", "caseType"),
        rows.stream().map(CaseAudit::getFieldName).toList());
    assertFalse(supportCase.isOverdue());
  }

  @Test
  void anEditThatKeepsTheDueDateNeedsNoNote() {
    Case supportCase = overdueCase();
    assertNotNull(supportCase.edit(fields(NOW.minusDays(1)), null, ana, NOW));
  }

  private CaseFields fields(LocalDateTime dueDate) {
    return new CaseFields(
        "Assunto", "Solicitação", Priority.NORMAL, dueDate, type, null, null, null, null);
  }

  private Case overdueCase() {
    Case supportCase =
        new Case(
            new CaseNumber(2026, 1),
            ana,
            support,
            party,
            null,
            "Assunto",
            "Solicitação",
            Priority.NORMAL,
            0,
            NOW.minusDays(3),
            NOW.minusDays(1),
            ana);
    return supportCase;
  }
}
