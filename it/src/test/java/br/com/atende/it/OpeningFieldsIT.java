package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.OpenCaseCommand;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.application.OpeningDefaults;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.catalog.application.CatalogService;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Fixtures;
import br.com.atende.party.application.LookupBy;
import br.com.atende.party.application.PartyOption;
import br.com.atende.party.application.PartyService;
import br.com.atende.party.model.PartyKind;
import br.com.atende.settings.SystemSettings;
import br.com.atende.shared.Choice;
import br.com.atende.shared.InvalidInputException;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fields of C1 beyond the walking skeleton: company and department, what the case is about, the
 * representative, the classification's level, and the lookup by phone, by case number and without
 * suppliers.
 */
@ExtendWith(ArquillianExtension.class)
class OpeningFieldsIT {

  @Inject ActingAgent acting;

  @Inject Fixtures fixtures;

  @Inject CaseService cases;

  @Inject CatalogService catalog;

  @Inject PartyService parties;

  @Inject SystemSettings settings;

  @Test
  void everyFieldChosenAtOpeningIsRecordedAndTheClassificationSetsTheLevel() throws Exception {
    long party = fixtures.party(PartyKind.PERSON, "Cliente Campos", null, false);
    long representative = fixtures.representative("Representações Norte");
    long representativeContact = fixtures.representativeContact(representative, "Rita", "ana");
    long restricted = fixtures.classification(2);

    CaseDetails details =
        acting.as(
            "carla",
            () -> {
              OpeningDefaults defaults = cases.openingDefaults();
              long erp = choice(catalog.products(defaults.companyId()), "ERP Horizonte");
              long fiscal = choice(catalog.modules(erp), "Fiscal");
              long technical = choice(catalog.categories(defaults.companyId()), "Técnico");
              OpenedCase opened =
                  cases.open(
                      new OpenCaseCommand(
                          defaults.companyId(),
                          defaults.departmentId(),
                          choice(catalog.caseTypes(defaults.companyId()), "Incidente"),
                          restricted,
                          technical,
                          erp,
                          fiscal,
                          party,
                          null,
                          representative,
                          representativeContact,
                          "PHONE",
                          ContactOrigin.REPRESENTATIVE,
                          "Nota rejeitada",
                          "Rejeição 539.",
                          Priority.HIGH,
                          null,
                          true));
              return cases.details(opened.id());
            });

    assertEquals("Incidente", details.caseTypeName());
    assertEquals("Técnico", details.categoryName());
    assertEquals("ERP Horizonte", details.productName());
    assertEquals("Fiscal", details.moduleName());
    assertEquals("Rita", details.representativeContactName());
    assertTrue(details.representativeName().startsWith("Representações Norte"));
    assertEquals(2, details.accessLevel(), "the classification's level");
    assertEquals("Carla Mendes", details.openerName());
    assertNull(details.firstContactAt());
  }

  @Test
  void aCaseForAnotherCompanyOfTheGroupGoesToThatCompanysDepartmentAndNumbering() throws Exception {
    long party = fixtures.party(PartyKind.PERSON, "Cliente Serviços", null, false);
    OpeningDefaults mine = acting.as("ana", () -> cases.openingDefaults());
    long services = acting.as("ana", () -> choice(catalog.companies(), "ACME Serviços"));
    long field =
        acting.as("ana", () -> choice(catalog.departments(services), "Atendimento em campo"));
    long visit = acting.as("ana", () -> choice(catalog.caseTypes(services), "Visita técnica"));

    InvalidInputException wrongDepartment =
        assertThrows(
            InvalidInputException.class,
            () ->
                acting.as(
                    "ana",
                    () -> cases.open(command(services, mine.departmentId(), visit, party, false))));
    assertEquals("departmentId", wrongDepartment.field());
    InvalidInputException takeIt =
        assertThrows(
            InvalidInputException.class,
            () -> acting.as("ana", () -> cases.open(command(services, field, visit, party, true))));
    assertEquals("assignToMe", takeIt.field());
    InvalidInputException wrongType =
        assertThrows(
            InvalidInputException.class,
            () ->
                acting.as(
                    "ana",
                    () -> cases.open(command(services, field, mine.caseTypeId(), party, false))));
    assertEquals("caseTypeId", wrongType.field());

    OpenedCase first =
        acting.as("ana", () -> cases.open(command(services, field, visit, party, false)));
    OpenedCase second =
        acting.as("ana", () -> cases.open(command(services, field, visit, party, false)));
    assertEquals(sequenceOf(first.number()) + 1, sequenceOf(second.number()));
    CaseDetails inServices = acting.as("elisa", () -> cases.details(second.id()));
    assertEquals("ACME Serviços", inServices.companyName());
    assertEquals("Atendimento em campo", inServices.departmentName());
  }

  @Test
  void aPartyIsFoundByItsOrItsContactsPhoneInAnyFormat() throws Exception {
    long party = fixtures.party(PartyKind.PERSON, "Cliente Fone", "+55 (67) 3456-7890", false);
    fixtures.contact(party, "Contato Fone", "(67) 99876-5432", null);

    for (String typed :
        List.of("(67) 3456-7890", "6734567890", "+55 67 3456 7890", "67998765432")) {
      List<PartyOption> found = acting.as("ana", () -> parties.lookup(null, LookupBy.PHONE, typed));
      assertEquals(List.of(party), found.stream().map(PartyOption::id).toList(), typed);
    }
    assertTrue(
        acting
            .as("ana", () -> parties.lookup(PartyKind.STUDENT, LookupBy.PHONE, "6734567890"))
            .isEmpty(),
        "the kind filter combines with the phone");
    InvalidInputException tooShort =
        assertThrows(
            InvalidInputException.class,
            () -> acting.as("ana", () -> parties.lookup(null, LookupBy.PHONE, "3456")));
    assertEquals("party", tooShort.field());
  }

  @Test
  void theLookupByCaseNumberFindsOnlyThroughACaseTheAgentMaySee() throws Exception {
    long party = fixtures.party(PartyKind.PERSON, "Cliente Sigiloso", null, false);
    long restricted = fixtures.classification(2);
    OpenedCase opened =
        acting.as(
            "carla",
            () -> {
              OpeningDefaults defaults = cases.openingDefaults();
              return cases.open(
                  new OpenCaseCommand(
                      defaults.companyId(),
                      defaults.departmentId(),
                      defaults.caseTypeId(),
                      restricted,
                      null,
                      null,
                      null,
                      party,
                      null,
                      null,
                      null,
                      "PHONE",
                      ContactOrigin.CLIENT,
                      "Sigiloso",
                      "Texto.",
                      Priority.LOW,
                      null,
                      false));
            });

    assertEquals(
        List.of(party),
        acting
            .as("carla", () -> parties.lookup(null, LookupBy.CASE_NUMBER, opened.number()))
            .stream()
            .map(PartyOption::id)
            .toList());
    assertTrue(
        acting
            .as("ana", () -> parties.lookup(null, LookupBy.CASE_NUMBER, opened.number()))
            .isEmpty(),
        "clearance 1 does not see a level-2 case, nor its party through it");
  }

  @Test
  void whileSuppliersMayNotHaveCasesTheyLeaveTheLookupAndCannotBeChosen() throws Exception {
    long supplier =
        fixtures.party(PartyKind.CUSTOMER_SUPPLIER, "Fornecedor Teste", "(48) 3222-0001", true);
    try {
      acting.as(
          "admin",
          () -> {
            settings.forbidCasesForSuppliers(true);
            return null;
          });
      assertTrue(
          acting.as("ana", () -> parties.lookup(null, LookupBy.PHONE, "4832220001")).isEmpty());
      InvalidInputException refused =
          assertThrows(
              InvalidInputException.class,
              () ->
                  acting.as(
                      "ana",
                      () -> {
                        OpeningDefaults d = cases.openingDefaults();
                        return cases.open(
                            command(
                                d.companyId(), d.departmentId(), d.caseTypeId(), supplier, false));
                      }));
      assertEquals("partyId", refused.field());
    } finally {
      acting.as(
          "admin",
          () -> {
            settings.forbidCasesForSuppliers(false);
            return null;
          });
    }
    assertEquals(
        1, acting.as("ana", () -> parties.lookup(null, LookupBy.PHONE, "4832220001")).size());
  }

  private static OpenCaseCommand command(
      long company, long department, long caseType, long party, boolean assignToMe) {
    return new OpenCaseCommand(
        company,
        department,
        caseType,
        null,
        null,
        null,
        null,
        party,
        null,
        null,
        null,
        "PHONE",
        ContactOrigin.CLIENT,
        "Visita",
        "Texto.",
        Priority.NORMAL,
        null,
        assignToMe);
  }

  private static long choice(List<Choice> choices, String name) {
    return choices.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
  }

  private static int sequenceOf(String caseNumber) {
    return Integer.parseInt(caseNumber.substring(caseNumber.indexOf('-') + 1));
  }
}
