package br.com.atende.party.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * The contact's own rules of SPEC C1, as the party page applies them (no case: nobody's holding
 * counts there); cases.model.ContactRulesTest covers them with a case's rules in between.
 */
class ContactTest extends ContactTeam {

  @Test
  void theAgentWhoLooksAfterTheContactAndItsSupervisorMayChangeItOnThePartyPage() {
    Contact paulo = new Contact(party, "Paulo", null, null).lookedAfterBy(ana);

    assertDoesNotThrow(() -> paulo.checkMayBeChangedBy(ana, Permission.CONTACT_EDIT));
    assertDoesNotThrow(() -> paulo.checkMayBeChangedBy(carla, Permission.CONTACT_DELETE));
    assertRefused(
        "error.contact.notResponsible",
        () -> paulo.checkMayBeChangedBy(bruno, Permission.CONTACT_EDIT));
    assertRefused(
        "error.contact.notResponsible",
        () -> paulo.checkMayBeChangedBy(diego, Permission.CONTACT_EDIT));
  }

  @Test
  void aContactNobodyLooksAfterIsASupervisorsToChange() {
    Contact nobodys = new Contact(party, "Sem responsável", null, null);

    assertRefused(
        "error.contact.notResponsible",
        () -> nobodys.checkMayBeChangedBy(ana, Permission.CONTACT_EDIT));
    assertDoesNotThrow(() -> nobodys.checkMayBeChangedBy(diego, Permission.CONTACT_EDIT));
  }

  @Test
  void anImportedContactIsReadOnlyAndTheProfileMustGrantTheChange() {
    Contact imported = new Contact(party, "Importado", null, null).lookedAfterBy(carla);
    imported.importedAs("ERP-7");
    Agent editOnly = agent(support, "eva", EnumSet.of(Permission.CONTACT_EDIT), Role.AGENT);
    Contact ofEva = new Contact(party, "Paulo", null, null).lookedAfterBy(editOnly);

    assertRefused(
        "error.contact.imported",
        () -> imported.checkMayBeChangedBy(carla, Permission.CONTACT_EDIT));
    assertDoesNotThrow(() -> ofEva.checkMayBeChangedBy(editOnly, Permission.CONTACT_EDIT));
    assertRefused(
        "error.contact.noPermission",
        () -> ofEva.checkMayBeChangedBy(editOnly, Permission.CONTACT_DELETE));
  }

  private static void assertRefused(String messageKey, Runnable change) {
    BusinessException refused = assertThrows(BusinessException.class, change::run);
    assertEquals(messageKey, refused.messageKey());
  }
}
