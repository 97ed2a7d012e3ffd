package br.com.atende.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.catalog.model.CaseType;
import br.com.atende.catalog.model.Classification;
import br.com.atende.catalog.model.Product;
import br.com.atende.catalog.model.ProductModule;
import br.com.atende.organization.model.Agent;
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
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Editing a case after opening it: rules, classification and the audit of every field. */
class CaseEditTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);

  private final Company acme = new Company("ACME", "ACME");
  private final Company other = new Company("OTHER", "Other");
  private final Department support = new Department(acme, "Suporte");
  private final Agent ana = agent("ana", Set.of(), Role.AGENT);
  private final Agent bruno = agent("bruno", Set.of(), Role.AGENT);
  private final Agent carla = agent("carla", Set.of(), Role.AGENT, Role.SUPERVISOR);
  private final Party maria = new Party(PartyKind.PERSON, "Maria", "52998224725", null, null);
  private final CaseType incident = new CaseType(acme, "Incidente");
  private final Classification fiscal = new Classification(incident, "Fiscal", null);
  private final Classification restricted = new Classification(incident, "Contratual", 2);
  private final Product erp = new Product(acme, "ERP");
  private final ProductModule billing = new ProductModule(erp, "Faturamento");

  @Test
  void onlyTheFieldsThatChangedAreAuditedWithOldAndNewValues() {
    Case supportCase = caseHeldBy(ana);
    List<CaseAudit> audits =
        supportCase.edit(
            new CaseFields(
                "Assunto",
                "Pedido revisto",
                Priority.HIGH,
                null,
                incident,
                fiscal,
                null,
                erp,
                billing),
            ana,
            NOW);

    assertEquals(
        List.of("request", "priority", "classification", "product", "module"),
        audits.stream().map(CaseAudit::getFieldName).toList());
    CaseAudit request = audits.get(0);
    assertEquals("Pedido", request.getOldValue());
    assertEquals("Pedido revisto", request.getNewValue());
    assertEquals("Fiscal", audits.get(2).getNewValue());
    assertEquals(Priority.HIGH, supportCase.getPriority());
  }

  @Test
  void savingWithoutChangesAuditsNothing() {
    Case supportCase = caseHeldBy(ana);
    assertTrue(
        supportCase
            .edit(
                new CaseFields(
                    "Assunto", "Pedido", Priority.NORMAL, null, incident, null, null, null, null),
                ana,
                NOW)
            .isEmpty());
  }

  @Test
  void aClassificationWithALevelSetsTheCaseLevelAtOpeningAndOnASupervisorsEdit() {
    Case opened = newCase(ana).classifiedAs(incident, restricted, null, null, null);
    assertEquals(2, opened.getAccessLevel());

    Case edited = caseHeldBy(ana);
    CaseFields restrictedFields =
        new CaseFields(
            "Assunto", "Pedido", Priority.NORMAL, null, incident, restricted, null, null, null);
    // Only a supervisor changes the level (SPEC C4), the holder included.
    assertEquals(
        "error.accessLevel.supervisorOnly",
        assertThrows(BusinessException.class, () -> edited.edit(restrictedFields, ana, NOW))
            .messageKey());
    assertEquals(0, edited.getAccessLevel());
    List<CaseAudit> audits = edited.edit(restrictedFields, carla, NOW);
    assertEquals(2, edited.getAccessLevel());
    CaseAudit level = audits.get(audits.size() - 1);
    assertEquals("accessLevel", level.getFieldName());
    assertEquals("0", level.getOldValue());
    assertEquals("2", level.getNewValue());
  }

  @Test
  void onlyTheHolderOrASupervisorEditsAnOpenCase() {
    Case supportCase = caseHeldBy(ana);
    CaseFields fields =
        new CaseFields("Outro", "Pedido", Priority.NORMAL, null, incident, null, null, null, null);

    BusinessException refused =
        assertThrows(BusinessException.class, () -> supportCase.edit(fields, bruno, NOW));
    assertEquals("error.edit.notHolder", refused.messageKey());
    assertEquals(1, supportCase.edit(fields, carla, NOW).size());

    supportCase.changeStatus(CaseStatus.CANCELLED, ana, NOW, null);
    assertThrows(BusinessException.class, () -> supportCase.edit(fields, carla, NOW));
  }

  @Test
  void theFirstContactIsTheFirstActionAndStays() {
    Case supportCase = caseHeldBy(ana);
    supportCase.recordContact(NOW.plusMinutes(5));
    supportCase.recordContact(NOW.plusMinutes(30));
    assertEquals(NOW.plusMinutes(5), supportCase.getFirstContactAt());
  }

  private static void assertInvalid(String field, Runnable change) {
    InvalidInputException refused = assertThrows(InvalidInputException.class, change::run);
    assertEquals(field, refused.field());
  }

  private Case caseHeldBy(Agent holder) {
    return newCase(holder).classifiedAs(incident, null, null, null, null);
  }

  private Case newCase(Agent holder) {
    return new Case(
        new CaseNumber(2026, 7),
        ana,
        support,
        maria,
        null,
        "Assunto",
        "Pedido",
        Priority.NORMAL,
        0,
        NOW,
        null,
        holder);
  }

  private Agent agent(String login, Set<Permission> permissions, Role... roles) {
    return new Agent(
            support, login, login, login + "@example.com", "x", 1, EnumSet.of(roles[0], roles))
        .withProfile(
            new Profile(
                "p-" + login,
                permissions.isEmpty()
                    ? EnumSet.noneOf(Permission.class)
                    : EnumSet.copyOf(permissions)));
  }
}
