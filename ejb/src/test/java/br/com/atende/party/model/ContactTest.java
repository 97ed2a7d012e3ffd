package br.com.atende.party.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Company;
import br.com.atende.organization.model.Department;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Profile;
import br.com.atende.organization.model.Role;
import br.com.atende.shared.BusinessException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contact's own rules of SPEC C1, as the party page applies them (no case: nobody's holding
 * counts there); cases.model.ContactRulesTest covers them with a case's rules in between.
 */
class ContactTest {

  private static final Set<Permission> EDIT_AND_DELETE =
      EnumSet.of(Permission.CONTACT_EDIT, Permission.CONTACT_DELETE);

  private final Company acme = new Company("ACME", "ACME");
  private final Department support = new Department(acme, "Suporte");
  private final Department billing = new Department(acme, "Financeiro");
  private final Agent ana = agent(support, "ana", EDIT_AND_DELETE, Role.AGENT);
  private final Agent bruno = agent(support, "bruno", EDIT_AND_DELETE, Role.AGENT);
  private final Agent carla =
      agent(support, "carla", EnumSet.allOf(Permission.class), Role.AGENT, Role.SUPERVISOR);
  private final Agent diego =
      agent(billing, "diego", EnumSet.allOf(Permission.class), Role.AGENT, Role.SUPERVISOR);
  private final Party party = new Party(PartyKind.PERSON, "Maria", "52998224725", null, null);

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

  private static Agent agent(
      Department department, String login, Set<Permission> permissions, Role... roles) {
    return new Agent(
            department, login, login, login + "@example.com", "x", 1, EnumSet.of(roles[0], roles))
        .withProfile(new Profile("p-" + login, permissions));
  }
}
