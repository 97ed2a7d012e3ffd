package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.CaseContactRow;
import br.com.atende.cases.application.CaseContactService;
import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.EditContactCommand;
import br.com.atende.cases.application.OpenCaseCommand;
import br.com.atende.cases.application.OpeningDefaults;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.ContactRules;
import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Fixtures;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.party.model.PartyKind;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.PageRequest;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The contact rules of C1 as the case page's contacts tab meets them, against a real database. */
@ExtendWith(ArquillianExtension.class)
class CaseContactsIT {

  private static final PageRequest FIRST_PAGE = new PageRequest(0, 50, null, false);

  @Inject ActingAgent acting;

  @Inject Fixtures fixtures;

  @Inject CaseService cases;

  @Inject CaseContactService contacts;

  @Test
  void theResponsibleHolderEditsTheContactAnotherAgentMayNot() throws Exception {
    String holder = fixtures.agent(1, EnumSet.allOf(Permission.class), Role.AGENT);
    String other = fixtures.agent(1, EnumSet.allOf(Permission.class), Role.AGENT);
    long party = fixtures.party(PartyKind.CUSTOMER_SUPPLIER, "Cliente Contatos", null, false);
    long mine = fixtures.contact(party, "Contato Meu", null, holder);
    long theirs = fixtures.contact(party, "Contato Alheio", null, other);
    CaseDetails supportCase = open(holder, party, null, null, null);

    List<CaseContactRow> rows =
        acting.as(holder, () -> contacts.contacts(supportCase.id(), FIRST_PAGE));
    CaseContactRow myRow = row(rows, mine);
    assertTrue(myRow.editable());
    assertFalse(row(rows, theirs).editable(), "not looked after by the holder");

    acting.as(
        holder,
        () -> {
          contacts.edit(
              new EditContactCommand(
                  supportCase.id(),
                  mine,
                  myRow.version(),
                  "Contato Renomeado",
                  "novo@cliente.example",
                  "(11) 4000-1000"));
          return null;
        });
    assertEquals(
        "Contato Renomeado",
        row(acting.as(holder, () -> contacts.contacts(supportCase.id(), FIRST_PAGE)), mine).name());

    BusinessException notResponsible =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as(
                    holder,
                    () -> {
                      contacts.edit(
                          new EditContactCommand(supportCase.id(), theirs, 0, "X", null, null));
                      return null;
                    }));
    assertEquals("error.contact.notResponsible", notResponsible.messageKey());
  }

  @Test
  void aContactLinkedToACaseIsKeptAndAnUnlinkedOneIsDeleted() throws Exception {
    String holder = fixtures.agent(1, EnumSet.allOf(Permission.class), Role.AGENT);
    long party = fixtures.party(PartyKind.PERSON, "Cliente Vínculo", null, false);
    long linked = fixtures.contact(party, "Contato Vinculado", null, holder);
    long loose = fixtures.contact(party, "Contato Solto", null, holder);
    CaseDetails supportCase = open(holder, party, linked, null, null);

    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> acting.as(holder, () -> contacts.delete(supportCase.id(), linked)));
    assertEquals("error.contact.linked", refused.messageKey());
    assertTrue(fixtures.contactIsActive(linked));

    assertEquals(
        ContactRules.Removal.DELETE,
        acting.as(holder, () -> contacts.delete(supportCase.id(), loose)));
    assertFalse(fixtures.contactExists(loose));
  }

  @Test
  void aRepresentativeContactLinkedToACaseIsDeactivatedAndStaysOnTheCase() throws Exception {
    String holder = fixtures.agent(1, EnumSet.allOf(Permission.class), Role.AGENT);
    long party = fixtures.party(PartyKind.PERSON, "Cliente Representado", null, false);
    long representative = fixtures.representative("Representante Teste");
    long otavio = fixtures.representativeContact(representative, "Otávio Teste", holder);
    CaseDetails supportCase = open(holder, party, null, representative, otavio);

    assertEquals(
        ContactRules.Removal.DEACTIVATE,
        acting.as(holder, () -> contacts.delete(supportCase.id(), otavio)));
    assertFalse(fixtures.contactIsActive(otavio));
    assertTrue(
        acting.as(holder, () -> contacts.contacts(supportCase.id(), FIRST_PAGE)).stream()
            .noneMatch(r -> r.id() == otavio),
        "an inactive contact leaves the lists");
    assertEquals(
        "Otávio Teste",
        acting.as(holder, () -> cases.details(supportCase.id())).representativeContactName());
  }

  @Test
  void importedContactsAreReadOnlyAndAProfileWithoutThePermissionChangesNothing() throws Exception {
    String supervisor =
        fixtures.agent(3, EnumSet.allOf(Permission.class), Role.AGENT, Role.SUPERVISOR);
    String editOnly = fixtures.agent(1, EnumSet.of(Permission.CONTACT_EDIT), Role.AGENT);
    long party = fixtures.party(PartyKind.PERSON, "Cliente Importado", null, false);
    long imported = fixtures.importedContact(party, "Contato do ERP", supervisor);
    long own = fixtures.contact(party, "Contato Próprio", null, editOnly);
    CaseDetails supervised = open(supervisor, party, null, null, null);

    BusinessException readOnly =
        assertThrows(
            BusinessException.class,
            () -> acting.as(supervisor, () -> contacts.delete(supervised.id(), imported)));
    assertEquals("error.contact.imported", readOnly.messageKey());
    assertFalse(
        row(acting.as(supervisor, () -> contacts.contacts(supervised.id(), FIRST_PAGE)), imported)
            .editable());

    CaseDetails held = open(editOnly, party, null, null, null);
    BusinessException noPermission =
        assertThrows(
            BusinessException.class,
            () -> acting.as(editOnly, () -> contacts.delete(held.id(), own)));
    assertEquals("error.contact.noPermission", noPermission.messageKey());
    assertTrue(fixtures.contactExists(own));
  }

  private CaseDetails open(
      String login, long party, Long contact, Long representative, Long representativeContact)
      throws Exception {
    return acting.as(
        login,
        () -> {
          OpeningDefaults defaults = cases.openingDefaults();
          long id =
              cases
                  .open(
                      new OpenCaseCommand(
                          defaults.companyId(),
                          defaults.departmentId(),
                          defaults.caseTypeId(),
                          null,
                          null,
                          null,
                          null,
                          party,
                          contact,
                          representative,
                          representativeContact,
                          "PHONE",
                          ContactOrigin.CLIENT,
                          "Contatos",
                          "Texto.",
                          Priority.NORMAL,
                          null,
                          true))
                  .id();
          return cases.details(id);
        });
  }

  private static CaseContactRow row(List<CaseContactRow> rows, long id) {
    return rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
  }
}
