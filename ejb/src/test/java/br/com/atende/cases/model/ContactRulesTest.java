package br.com.atende.cases.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.Contact;
import br.com.atende.party.model.ContactTeam;
import br.com.atende.party.model.Representative;
import br.com.atende.shared.BusinessException;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** SPEC C1's contact rules: all four conditions, imported contacts, linked contacts. */
class ContactRulesTest extends ContactTeam {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 9, 0);
  private final Representative vendas = new Representative("Vendas Sul", null, null);

  @Test
  void theResponsibleAgentHoldingAnOpenCaseWithThePermissionMayEditAndDelete() {
    Contact paulo = partyContact(ana);
    Case supportCase = caseHeldBy(ana);

    assertDoesNotThrow(() -> ContactRules.checkMayEdit(paulo, supportCase, ana));
    assertEquals(
        ContactRules.Removal.DELETE, ContactRules.checkMayDelete(paulo, supportCase, ana, false));
  }

  @Test
  void noContactOfAClosedCaseMayBeChanged() {
    Contact paulo = partyContact(ana);
    Case supportCase = caseHeldBy(ana);
    supportCase.changeStatus(CaseStatus.CANCELLED, ana, NOW, null);

    assertRefused(
        "error.contact.caseClosed", () -> ContactRules.checkMayEdit(paulo, supportCase, ana));
    assertRefused(
        "error.contact.caseClosed",
        () -> ContactRules.checkMayDelete(paulo, supportCase, ana, false));
  }

  @Test
  void theFirstRuleThatFailsIsNamedWithTheCasesRulesBetweenTheContactsOwn() {
    Contact imported = partyContact(bruno).importedAs("ERP-9");
    Case closedByBruno = caseHeldBy(bruno);
    closedByBruno.changeStatus(CaseStatus.CANCELLED, bruno, NOW, null);
    Agent none = agent(support, "nino", EnumSet.noneOf(Permission.class), Role.AGENT);

    assertRefused(
        "error.contact.imported", () -> ContactRules.checkMayEdit(imported, closedByBruno, none));
    assertRefused(
        "error.contact.caseClosed",
        () -> ContactRules.checkMayEdit(partyContact(bruno), closedByBruno, none));
    assertRefused(
        "error.contact.notResponsible",
        () -> ContactRules.checkMayEdit(partyContact(bruno), caseHeldBy(bruno), none));
    assertRefused(
        "error.contact.notHolder",
        () -> ContactRules.checkMayEdit(partyContact(none), caseHeldBy(bruno), none));
  }

  @Test
  void anAgentWhoDoesNotLookAfterTheContactMayNotChangeIt() {
    Contact renata = partyContact(bruno);
    Case supportCase = caseHeldBy(ana);

    assertRefused(
        "error.contact.notResponsible", () -> ContactRules.checkMayEdit(renata, supportCase, ana));
  }

  @Test
  void theSupervisorOfTheResponsibleAgentMayChangeTheContact() {
    Contact renata = partyContact(bruno);
    Case supportCase = caseHeldBy(bruno);

    assertTrue(ContactRules.mayEdit(renata, supportCase, carla));
    assertTrue(ContactRules.mayDelete(renata, supportCase, carla, false));
  }

  @Test
  void aSupervisorOfAnotherDepartmentSupervisesNeitherContactNorHolder() {
    Contact renata = partyContact(bruno);
    Case supportCase = caseHeldBy(bruno);

    assertRefused(
        "error.contact.notResponsible",
        () -> ContactRules.checkMayEdit(renata, supportCase, diego));
  }

  @Test
  void theResponsibleAgentMustAlsoHoldTheCaseOrSuperviseItsHolder() {
    Contact paulo = partyContact(ana);
    Case heldByBruno = caseHeldBy(bruno);

    assertRefused(
        "error.contact.notHolder", () -> ContactRules.checkMayEdit(paulo, heldByBruno, ana));

    Contact carlas = partyContact(carla);
    assertTrue(ContactRules.mayEdit(carlas, heldByBruno, carla));
  }

  @Test
  void aNewCaseNobodyHoldsIsASupervisorsToChangeContactsOn() {
    Contact paulo = partyContact(ana);
    Case unheld = caseHeldBy(null);

    assertRefused("error.contact.notHolder", () -> ContactRules.checkMayEdit(paulo, unheld, ana));
    assertTrue(ContactRules.mayEdit(paulo, unheld, carla));
  }

  @Test
  void theProfileMustGrantThePermissionForTheChange() {
    Agent editOnly = agent(support, "eva", EnumSet.of(Permission.CONTACT_EDIT), Role.AGENT);
    Contact contact = partyContact(editOnly);
    Case supportCase = caseHeldBy(editOnly);

    assertTrue(ContactRules.mayEdit(contact, supportCase, editOnly));
    assertRefused(
        "error.contact.noPermission",
        () -> ContactRules.checkMayDelete(contact, supportCase, editOnly, false));

    Agent none = agent(support, "nino", EnumSet.noneOf(Permission.class), Role.AGENT);
    Contact ofNone = partyContact(none);
    assertRefused(
        "error.contact.noPermission",
        () -> ContactRules.checkMayEdit(ofNone, caseHeldBy(none), none));
  }

  @Test
  void aContactWithoutAResponsibleAgentIsASupervisorsToChange() {
    Contact nobodys = new Contact(party, "Sem responsável", null, null);
    Case supportCase = caseHeldBy(ana);

    assertRefused(
        "error.contact.notResponsible", () -> ContactRules.checkMayEdit(nobodys, supportCase, ana));
    assertTrue(ContactRules.mayEdit(nobodys, supportCase, carla));
  }

  @Test
  void importedContactsAreReadOnlyEvenForASupervisorWithEveryPermission() {
    Contact imported = partyContact(carla).importedAs("ERP-1");
    Case supportCase = caseHeldBy(carla);

    assertRefused(
        "error.contact.imported", () -> ContactRules.checkMayEdit(imported, supportCase, carla));
    assertRefused(
        "error.contact.imported",
        () -> ContactRules.checkMayDelete(imported, supportCase, carla, false));
    assertThrows(IllegalStateException.class, () -> imported.edit("Outro", null, null));
  }

  @Test
  void aPartyContactLinkedToACaseIsNeverDeleted() {
    Contact paulo = partyContact(ana);

    assertRefused(
        "error.contact.linked",
        () -> ContactRules.checkMayDelete(paulo, caseHeldBy(ana), ana, true));
    assertFalse(ContactRules.mayDelete(paulo, caseHeldBy(ana), ana, true));
  }

  @Test
  void aRepresentativeContactLinkedToACaseIsDeactivatedInstead() {
    Contact otavio = Contact.ofRepresentative(vendas, "Otávio", null, null).lookedAfterBy(ana);

    assertEquals(
        ContactRules.Removal.DEACTIVATE,
        ContactRules.checkMayDelete(otavio, caseHeldBy(ana), ana, true));
    assertEquals(
        ContactRules.Removal.DELETE,
        ContactRules.checkMayDelete(otavio, caseHeldBy(ana), ana, false));
  }

  private static void assertRefused(String messageKey, Runnable change) {
    BusinessException refused = assertThrows(BusinessException.class, change::run);
    assertEquals(messageKey, refused.messageKey());
  }

  private Contact partyContact(Agent responsible) {
    return new Contact(party, "Paulo", "paulo@example.com", null).lookedAfterBy(responsible);
  }

  private Case caseHeldBy(Agent holder) {
    return new Case(
        new CaseNumber(2026, 1),
        ana,
        support,
        party,
        null,
        "Assunto",
        "Pedido",
        Priority.NORMAL,
        0,
        NOW,
        null,
        holder);
  }
}
