package br.com.atende.it;

import static br.com.atende.administration.application.CatalogueKind.AGENT_GROUP;
import static br.com.atende.administration.application.CatalogueKind.CASE_CATEGORY;
import static br.com.atende.administration.application.CatalogueKind.CASE_TYPE;
import static br.com.atende.administration.application.CatalogueKind.CLASSIFICATION;
import static br.com.atende.administration.application.CatalogueKind.COMPANY;
import static br.com.atende.administration.application.CatalogueKind.PRODUCT;
import static br.com.atende.administration.application.CatalogueKind.PRODUCT_MODULE;
import static br.com.atende.administration.application.CatalogueKind.PROFILE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.administration.application.AgentAdministration;
import br.com.atende.administration.application.AgentForm;
import br.com.atende.administration.application.CatalogueAdministration;
import br.com.atende.administration.application.CatalogueEntryForm;
import br.com.atende.administration.application.CatalogueKind;
import br.com.atende.administration.application.CatalogueRow;
import br.com.atende.administration.application.GroupMembership;
import br.com.atende.administration.application.Removal;
import br.com.atende.administration.model.AdminLogEntry.Kind;
import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.EditCaseCommand;
import br.com.atende.cases.application.ForwardingService;
import br.com.atende.cases.application.OpenCaseCommand;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.catalog.application.CatalogService;
import br.com.atende.it.support.AccountRows;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.AdministrationProbe;
import br.com.atende.it.support.AgentOverHttp;
import br.com.atende.it.support.Teams;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.party.application.LookupBy;
import br.com.atende.party.application.PartyService;
import br.com.atende.shared.Choice;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.PageRequest;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The catalogue's administration (issue 15), the same rules walked for every kind: companies, agent
 * groups, profiles, case types, classifications, general categories, products and modules. A name
 * is required and unique ignoring case, refused naming the field with nothing saved; an entry
 * nothing refers to is deleted, one a case or agent refers to is deactivated, leaves the pickers
 * and stays on its cases; every change leaves a line in the admin log; only administrators do it.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueAdministrationIT {

  @Inject ActingAgent acting;

  @Inject Teams teams;

  @Inject AccountRows accounts;

  @Inject PartyService parties;

  @Inject AdministrationProbe probe;

  @Inject CatalogueAdministration catalogue;

  @Inject GroupMembership membership;

  @Inject AgentAdministration agents;

  @Inject CatalogService pickers;

  @Inject ForwardingService forwarding;

  @Inject CaseService cases;

  @Test
  void everyKindRefusesABlankLongOrTakenNameNamingTheFieldLogsItsChangesAndDeletesWhatNothingUses()
      throws Exception {
    String unique = unique();
    Owners owners = new Owners();
    asAdmin(
        () -> {
          for (CatalogueKind kind : CatalogueKind.values()) {
            Long owner = owners.of(kind);
            String name = "Alfa " + words(kind) + " " + unique;

            assertEquals("name", refused(kind, form(kind, owner, " ")), kind + ": blank name");
            assertEquals(
                "name", refused(kind, form(kind, owner, "x".repeat(121))), kind + ": long");
            if (kind.hasOwner()) {
              assertEquals(
                  kind.ownerField(), refused(kind, form(kind, null, name)), kind + ": owner");
            }
            long entry = catalogue.create(kind, form(kind, owner, name));
            owners.created(kind, entry);
            assertEquals(
                "name",
                refused(kind, form(kind, owner, " " + name.toUpperCase() + " ")),
                kind + ": a name taken, whatever the case of its letters");

            String renamed = "Beta " + words(kind) + " " + unique;
            catalogue.change(kind, entry, form(kind, owner, renamed));
            long other = catalogue.create(kind, form(kind, owner, "Gama " + name));
            assertThrows(
                InvalidInputException.class,
                () -> catalogue.change(kind, other, form(kind, owner, renamed.toLowerCase())),
                kind + ": no renaming onto a taken name");
            assertEquals(Removal.DELETED, catalogue.remove(kind, other), kind + ": unused");

            List<String> log = probe.logOf(Kind.valueOf(kind.name()), entry);
            assertEquals(2, log.size(), kind + ": a refused change leaves no line: " + log);
            assertTrue(log.get(0).startsWith("CREATED by admin: "), log.get(0));
            assertTrue(
                log.get(1).startsWith("CHANGED by admin: ") && log.get(1).contains(renamed),
                log.get(1));
            assertEquals(
                List.of("CREATED", "DELETED"),
                probe.logOf(Kind.valueOf(kind.name()), other).stream()
                    .map(line -> line.substring(0, line.indexOf(' ')))
                    .toList());
            List<CatalogueRow> listed =
                catalogue.page(kind, renamed.toUpperCase(), PageRequest.of(0, 20));
            assertEquals(List.of(renamed), listed.stream().map(CatalogueRow::name).toList());
            assertEquals(1, catalogue.count(kind, renamed));
          }

          // What only some kinds have: a company's code, a classification's level.
          assertEquals(
              "code",
              refused(
                  COMPANY, new CatalogueEntryForm(null, "Sem código " + unique, " ", null, null)));
          assertEquals(
              "code",
              refused(
                  COMPANY,
                  new CatalogueEntryForm(
                      null, "Outra " + unique, owners.companyCode.toLowerCase(), null, null)));
          assertEquals(
              "accessLevel",
              refused(
                  CLASSIFICATION,
                  new CatalogueEntryForm(
                      owners.of(CLASSIFICATION), "Nível " + unique, null, 4, null)));
          return null;
        });
  }

  @Test
  void anEntryACaseOrAgentRefersToIsDeactivatedLeavesThePickersAndStaysOnItsCases()
      throws Exception {
    String unique = unique();
    String companyCode = teams.company();
    long company = teams.companyId(companyCode);
    long department = teams.department(companyCode);
    Map<CatalogueKind, Long> entries = new EnumMap<>(CatalogueKind.class);
    Map<CatalogueKind, String> names = new EnumMap<>(CatalogueKind.class);
    String login = "c" + unique;
    asAdmin(
        () -> {
          for (CatalogueKind kind : List.of(CASE_TYPE, CASE_CATEGORY, PRODUCT, PROFILE)) {
            names.put(kind, words(kind) + " " + unique);
            entries.put(
                kind,
                catalogue.create(
                    kind, form(kind, kind == PROFILE ? null : company, names.get(kind))));
          }
          names.put(CLASSIFICATION, "Restrita " + unique);
          entries.put(
              CLASSIFICATION,
              catalogue.create(
                  CLASSIFICATION,
                  new CatalogueEntryForm(
                      entries.get(CASE_TYPE), names.get(CLASSIFICATION), null, 1, null)));
          names.put(PRODUCT_MODULE, "Módulo " + unique);
          entries.put(
              PRODUCT_MODULE,
              catalogue.create(
                  PRODUCT_MODULE,
                  form(PRODUCT_MODULE, entries.get(PRODUCT), names.get(PRODUCT_MODULE))));
          names.put(AGENT_GROUP, "Grupo " + unique);
          entries.put(
              AGENT_GROUP,
              catalogue.create(AGENT_GROUP, form(AGENT_GROUP, department, names.get(AGENT_GROUP))));
          entries.put(COMPANY, company);

          // An agent with the new profile, in the new group, will open a case with every entry.
          agents.create(
              new AgentForm(
                  login,
                  "Agente " + login,
                  login + "@acme.example",
                  "pt-BR",
                  department,
                  1,
                  Set.of(Role.AGENT),
                  entries.get(PROFILE),
                  true));
          membership.add(entries.get(AGENT_GROUP), login.toUpperCase());
          return null;
        });
    accounts.demoPasswordFor(login);
    OpenCaseCommand opening =
        acting.walking(
            login,
            () ->
                new OpenCaseCommand(
                    company,
                    department,
                    entries.get(CASE_TYPE),
                    entries.get(CLASSIFICATION),
                    entries.get(CASE_CATEGORY),
                    entries.get(PRODUCT),
                    entries.get(PRODUCT_MODULE),
                    parties
                        .lookup(null, LookupBy.NAME_OR_TAX_ID, "Metalúrgica Horizonte")
                        .get(0)
                        .id(),
                    null,
                    null,
                    null,
                    "PHONE",
                    ContactOrigin.CLIENT,
                    "Catálogo " + unique,
                    "Um atendimento que usa cada registro novo.",
                    Priority.NORMAL,
                    null,
                    true,
                    null,
                    null,
                    null));
    long caseId = acting.walking(login, () -> cases.open(opening).id());

    asAdmin(
        () -> {
          for (CatalogueKind kind : CatalogueKind.values()) {
            assertEquals(
                Removal.DEACTIVATED,
                catalogue.remove(kind, entries.get(kind)),
                kind + " is referred to");
            List<String> log = probe.logOf(Kind.valueOf(kind.name()), entries.get(kind));
            assertTrue(
                log.get(log.size() - 1).startsWith("DEACTIVATED by admin: "), kind + ": " + log);
          }
          assertAbsent(agents.profiles(), entries.get(PROFILE), "profiles");
          return null;
        });

    acting.walking(
        login,
        () -> {
          assertAbsent(pickers.companies(), company, "companies");
          assertAbsent(pickers.caseTypes(company), entries.get(CASE_TYPE), "case types");
          assertAbsent(
              pickers.classifications(entries.get(CASE_TYPE)),
              entries.get(CLASSIFICATION),
              "classifications");
          assertAbsent(pickers.categories(company), entries.get(CASE_CATEGORY), "categories");
          assertAbsent(pickers.products(company), entries.get(PRODUCT), "products");
          assertAbsent(
              pickers.modules(entries.get(PRODUCT)), entries.get(PRODUCT_MODULE), "modules");
          assertAbsent(forwarding.groups(), entries.get(AGENT_GROUP), "groups");

          assertEquals(
              "companyId",
              assertThrows(InvalidInputException.class, () -> cases.open(opening)).field(),
              "no new case for a deactivated company");

          CaseDetails shown = cases.details(caseId);
          assertEquals(names.get(CASE_TYPE), shown.caseTypeName());
          assertEquals(names.get(CLASSIFICATION), shown.classificationName());
          assertEquals(names.get(CASE_CATEGORY), shown.categoryName());
          assertEquals(names.get(PRODUCT), shown.productName());
          assertEquals(names.get(PRODUCT_MODULE), shown.moduleName());
          // The case keeps its deactivated entries through an edit of something else.
          cases.edit(
              new EditCaseCommand(
                  caseId,
                  shown.version(),
                  shown.subject() + " (revisto)",
                  shown.request(),
                  shown.priority(),
                  shown.dueDate(),
                  shown.caseTypeId(),
                  shown.classificationId(),
                  shown.categoryId(),
                  shown.productId(),
                  shown.moduleId(),
                  null));
          assertEquals(names.get(CASE_TYPE), cases.details(caseId).caseTypeName());
          return null;
        });

    assertTrue(
        asAdmin(
                () -> {
                  catalogue.reactivate(CASE_TYPE, entries.get(CASE_TYPE));
                  return catalogue.page(CASE_TYPE, names.get(CASE_TYPE), PageRequest.of(0, 20));
                })
            .get(0)
            .active(),
        "a reactivated entry is active again");
  }

  @Test
  void aProfilesFlagsAndAGroupsMembersAreKeptAndOnlyAdministratorsAdministerTheCatalogue()
      throws Exception {
    String unique = unique();
    String code = teams.company();
    long department = teams.department(code);
    String member = teams.agent(department, "pt-BR", Set.of(), Role.AGENT);
    long memberId = teams.agentId(member);
    long[] ids =
        asAdmin(
            () -> {
              long profile =
                  catalogue.create(
                      PROFILE,
                      new CatalogueEntryForm(
                          null,
                          "Perfil " + unique,
                          null,
                          null,
                          Set.of(Permission.CASE_FORWARD, Permission.CONTACT_EDIT)));
              assertEquals(
                  Set.of(Permission.CASE_FORWARD, Permission.CONTACT_EDIT),
                  catalogue.form(PROFILE, profile).permissions());
              catalogue.change(
                  PROFILE,
                  profile,
                  new CatalogueEntryForm(
                      null, "Perfil " + unique, null, null, Set.of(Permission.CASE_DELETE)));
              assertEquals(
                  Set.of(Permission.CASE_DELETE), catalogue.form(PROFILE, profile).permissions());

              long group =
                  catalogue.create(AGENT_GROUP, form(AGENT_GROUP, department, "G " + unique));
              assertEquals(
                  "login",
                  assertThrows(
                          InvalidInputException.class,
                          () -> membership.add(group, "ninguem" + unique))
                      .field());
              membership.add(group, member);
              membership.add(group, member);
              assertEquals(1, membership.count(group));
              assertEquals(
                  List.of(member + " — Agente " + member),
                  membership.members(group, PageRequest.of(0, 20)).stream()
                      .map(Choice::name)
                      .toList());
              membership.remove(group, memberId);
              assertEquals(0, membership.count(group));
              return new long[] {profile, group};
            });
    assertEquals(
        "CHANGED by admin: Perfil "
            + unique
            + "; permissions=[CONTACT_EDIT, CASE_FORWARD] -> Perfil "
            + unique
            + "; permissions=[CASE_DELETE]",
        probe.logOf(Kind.PROFILE, ids[0]).get(1));
    assertEquals(
        List.of(
            "CREATED by admin: G " + unique,
            "CHANGED by admin: + " + member,
            "CHANGED by admin: - " + member),
        probe.logOf(Kind.AGENT_GROUP, ids[1]));

    String supervisor = teams.agent(department, "pt-BR", Set.of(), Role.SUPERVISOR, Role.AGENT);
    acting.walking(
        supervisor,
        () -> {
          assertThrows(EJBAccessException.class, () -> catalogue.count(PROFILE, null));
          assertThrows(EJBAccessException.class, () -> catalogue.remove(PROFILE, ids[0]));
          assertThrows(EJBAccessException.class, () -> membership.add(ids[1], supervisor));
          return null;
        });
  }

  @Test
  void theProfilesAndGroupsPagesOpenForTheAdministratorWithTheirOwnInputs() throws Exception {
    // The two kinds whose pages add most to the shared template (the permission checkboxes, the
    // members panel opened from a row); XssCorpusIT lists the categories' page, and each page
    // compiled once costs the suite time.
    AgentOverHttp admin = AgentOverHttp.loggedInAs("admin", "admin/profiles.xhtml");
    String profiles = admin.get("admin/profiles.xhtml");
    assertTrue(
        profiles.contains("catalogueForm:permissions")
            && profiles.contains("catalogueForm:entries"),
        profiles);
    String groups = admin.get("admin/agent-groups.xhtml");
    assertTrue(
        groups.contains("catalogueForm:owner") && groups.contains(":openMembers"),
        "the groups' page offers their owners and each group's members");
  }

  /** The owners the first test's entries belong to: a company and department of its own. */
  private final class Owners {
    final String companyCode;
    final Map<CatalogueKind, Long> owner = new EnumMap<>(CatalogueKind.class);

    Owners() {
      companyCode = teams.company();
      long company = teams.companyId(companyCode);
      owner.put(AGENT_GROUP, teams.department(companyCode));
      owner.put(CASE_TYPE, company);
      owner.put(CASE_CATEGORY, company);
      owner.put(PRODUCT, company);
    }

    Long of(CatalogueKind kind) {
      return owner.get(kind);
    }

    /** A case type owns the classifications, a product the modules, made after them. */
    void created(CatalogueKind kind, long id) {
      if (kind == CASE_TYPE) {
        owner.put(CLASSIFICATION, id);
      } else if (kind == PRODUCT) {
        owner.put(PRODUCT_MODULE, id);
      }
    }
  }

  private static CatalogueEntryForm form(CatalogueKind kind, Long owner, String name) {
    return new CatalogueEntryForm(
        owner,
        name,
        kind == COMPANY ? "K" + UUID.randomUUID().toString().substring(0, 8) : null,
        null,
        null);
  }

  private static void assertAbsent(List<Choice> offered, long id, String picker) {
    assertFalse(offered.stream().anyMatch(c -> c.id() == id), "not offered among the " + picker);
  }

  /** As the administrator, each call in the action a transaction of its own. */
  private <T> T asAdmin(Callable<T> action) throws Exception {
    return acting.walking("admin", action);
  }

  /** The field an administrator's creation is refused for (called as the administrator). */
  private String refused(CatalogueKind kind, CatalogueEntryForm form) {
    return assertThrows(InvalidInputException.class, () -> catalogue.create(kind, form)).field();
  }

  /** The kind's name as words: a filter drops the wildcards "_" and "%". */
  private static String words(CatalogueKind kind) {
    return kind.name().toLowerCase().replace('_', ' ');
  }

  private static String unique() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }
}
