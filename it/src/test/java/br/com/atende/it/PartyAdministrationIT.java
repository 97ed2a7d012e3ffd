package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.administration.application.AgentAdministration;
import br.com.atende.administration.application.AgentForm;
import br.com.atende.administration.model.AdminLogEntry.Kind;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.ChannelOption;
import br.com.atende.cases.application.ContactChannelAdministration;
import br.com.atende.cases.application.ContactChannelForm;
import br.com.atende.cases.application.ContactChannelRow;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.AdministrationProbe;
import br.com.atende.it.support.AgentOverHttp;
import br.com.atende.it.support.ConcurrentParties;
import br.com.atende.it.support.Fixtures;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.TaxIds;
import br.com.atende.it.support.Teams;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.party.application.ContactForm;
import br.com.atende.party.application.ContactRow;
import br.com.atende.party.application.DuplicateTaxIdException;
import br.com.atende.party.application.LookupBy;
import br.com.atende.party.application.PartyForm;
import br.com.atende.party.application.PartyRegistry;
import br.com.atende.party.application.PartyRow;
import br.com.atende.party.application.PartyService;
import br.com.atende.party.model.PartyKind;
import br.com.atende.queue.application.QueueService;
import br.com.atende.queue.application.QueueTab;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.PageRequest;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Parties without code (issue 15): agents register, find and change parties and their contacts; a
 * tax id must be a valid CPF or CNPJ and nobody else's (the refusal names the party that has it);
 * only a supervisor deactivates a party; contacts are changed within the contact rules of SPEC C1;
 * every change is in the admin log. Also the departments a supervisor is given to supervise, and
 * the contact channels' administration.
 */
@ExtendWith(ArquillianExtension.class)
class PartyAdministrationIT {

  @Inject ActingAgent acting;

  @Inject Teams teams;

  @Inject Fixtures fixtures;

  @Inject AdministrationProbe probe;

  @Inject PartyRegistry registry;

  @Inject ConcurrentParties concurrent;

  @Inject PartyService lookup;

  @Inject AgentAdministration agents;

  @Inject ContactChannelAdministration channels;

  @Inject CaseService cases;

  @Inject QueueService queues;

  @Test
  void
      anAgentRegistersFindsAndChangesAPartyWhoseTaxIdIsCheckedAndUniqueAndOnlyASupervisorDeactivatesIt()
          throws Exception {
    String unique = unique();
    String agent = fixtures.agent(1, Set.of(), Role.AGENT);
    String supervisor = fixtures.agent(1, Set.of(), Role.AGENT, Role.SUPERVISOR);
    String[] cpfs = TaxIds.cpfs(2);

    acting.walking(
        agent,
        () -> {
          assertEquals(
              "taxId",
              refused(() -> registry.create(party("Cliente " + unique, "529.982.247-26"))));
          assertEquals(
              "taxId",
              refused(() -> registry.create(party("Cliente " + unique, "11.222.333/0001-82"))));
          assertEquals("name", refused(() -> registry.create(party(" ", cpfs[0]))));
          assertEquals(
              "email",
              refused(
                  () ->
                      registry.create(
                          new PartyForm(
                              PartyKind.PERSON,
                              "Cliente " + unique,
                              null,
                              null,
                              "no-at",
                              "pt-BR"))));
          assertEquals(0, registry.count("Cliente " + unique).value(), "nothing half-saved");

          String formatted = cpfs[0].replaceFirst("(.{3})(.{3})(.{3})(.{2})", "$1.$2.$3-$4");
          long first = registry.create(party("Cliente " + unique, formatted)).id();
          DuplicateTaxIdException taken =
              assertThrows(
                  DuplicateTaxIdException.class,
                  () -> registry.create(party("Outro " + unique, cpfs[0])));
          assertEquals("taxId", taken.field());
          assertEquals(first, taken.existingPartyId());
          assertEquals("Cliente " + unique, taken.existingPartyName());
          assertEquals(0, registry.count("Outro " + unique).value());

          long second = registry.create(party("Outro " + unique, cpfs[1])).id();
          assertThrows(
              DuplicateTaxIdException.class,
              () -> registry.change(second, party("Outro " + unique, formatted)));
          registry.change(
              first,
              new PartyForm(
                  PartyKind.PERSON,
                  "Cliente " + unique + " Ltda",
                  formatted,
                  "(31) 3333-1000",
                  unique + "@cliente.example",
                  "en"));
          assertEquals(formatted, registry.form(first).taxId(), "shown as people write it");

          // Found by part of the name, the tax id's first digits, the email.
          assertEquals(
              List.of(first),
              registry.page("cliente " + unique, PageRequest.of(0, 20)).stream()
                  .map(PartyRow::id)
                  .toList());
          assertTrue(
              ids(registry.page(cpfs[0].substring(0, 7), PageRequest.of(0, 20))).contains(first));
          assertEquals(
              List.of(first), ids(registry.page(unique + "@CLIENTE", PageRequest.of(0, 20))));
          assertEquals(1, registry.count(unique + "@cliente.example").value());

          BusinessException notSupervisor =
              assertThrows(BusinessException.class, () -> registry.deactivate(first));
          assertEquals("error.party.supervisorOnly", notSupervisor.messageKey());
          return null;
        });

    long first =
        ids(acting.as(agent, () -> registry.page("Cliente " + unique, PageRequest.of(0, 5))))
            .get(0);
    acting.walking(
        supervisor,
        () -> {
          registry.deactivate(first);
          assertFalse(registry.row(first).active());
          assertTrue(
              lookup.lookup(null, LookupBy.NAME_OR_TAX_ID, "Cliente " + unique).isEmpty(),
              "an inactive party leaves the lookup");
          assertEquals(
              "error.party.inactive",
              assertThrows(
                      BusinessException.class,
                      () -> registry.addContact(first, new ContactForm("Ana", null, null)))
                  .messageKey());
          registry.reactivate(first);
          return null;
        });

    List<String> log = probe.logOf(Kind.PARTY, first);
    assertEquals(4, log.size(), log.toString());
    assertTrue(log.get(0).startsWith("CREATED by " + agent + ": "), log.get(0));
    assertTrue(
        log.get(1).startsWith("CHANGED by " + agent + ": ") && log.get(1).contains("Ltda"),
        log.get(1));
    assertTrue(log.get(2).startsWith("DEACTIVATED by " + supervisor), log.get(2));
    assertTrue(log.get(3).startsWith("REACTIVATED by " + supervisor), log.get(3));

    // Administering is not working cases: an administrator alone is not let in.
    assertThrows(EJBAccessException.class, () -> acting.as("admin", () -> registry.count(null)));
  }

  @Test
  void
      contactsAreChangedOnlyWithinTheContactRulesAndASupervisedDepartmentWidensWhoASupervisorLeads()
          throws Exception {
    String company = teams.company();
    long home = teams.department(company);
    long other = teams.department(company);
    String keeper = teams.agent(other, "pt-BR", Set.of(Permission.CONTACT_EDIT), Role.AGENT);
    String colleague =
        teams.agent(
            other, "pt-BR", Set.of(Permission.CONTACT_EDIT, Permission.CONTACT_DELETE), Role.AGENT);
    String chief =
        teams.agent(
            home,
            "pt-BR",
            Set.of(Permission.CONTACT_EDIT, Permission.CONTACT_DELETE),
            Role.AGENT,
            Role.SUPERVISOR);
    String unique = unique();

    long party = acting.as(keeper, () -> registry.create(party("Cliente " + unique, null)).id());
    long contact =
        acting.as(
            keeper,
            () ->
                registry.addContact(
                    party, new ContactForm("Ana " + unique, "ana@cliente.example", null)));
    long imported = fixtures.importedContact(party, "Importado " + unique, keeper);

    acting.walking(
        keeper,
        () -> {
          registry.changeContact(
              contact, new ContactForm("Ana Maria " + unique, null, "31 3333-2000"));
          assertEquals(
              "error.contact.noPermission", refusal(() -> registry.deactivateContact(contact)));
          assertEquals(
              "error.contact.imported",
              refusal(
                  () -> {
                    registry.changeContact(imported, new ContactForm("Outro", null, null));
                    return null;
                  }));
          assertEquals(
              "name",
              refused(
                  () -> {
                    registry.changeContact(contact, new ContactForm(" ", null, null));
                    return null;
                  }));
          return null;
        });
    assertEquals(
        "error.contact.notResponsible",
        acting.walking(colleague, () -> refusal(() -> registry.deactivateContact(contact))));
    assertEquals(
        "error.contact.notResponsible",
        acting.walking(chief, () -> refusal(() -> registry.deactivateContact(contact))),
        "the chief of another department does not lead the keeper");

    // The keeper opens a case of the party in its own hands: not in the chief's team tabs yet.
    long caseId =
        acting.as(
            keeper,
            () ->
                cases
                    .open(
                        Openings.command(
                            cases.openingDefaults(),
                            party,
                            contact,
                            "Assunto " + unique,
                            "Pedido.",
                            Priority.NORMAL,
                            null,
                            true,
                            "PHONE",
                            ContactOrigin.CLIENT))
                    .id());
    assertFalse(acting.as(chief, () -> teamCases()).contains(caseId));

    long chiefId = teams.agentId(chief);
    acting.as(
        "admin",
        () -> {
          AgentForm form = agents.form(chiefId);
          agents.change(chiefId, supervising(form, Set.of(other)));
          assertEquals(Set.of(other), agents.form(chiefId).supervisedDepartmentIds());
          return null;
        });
    List<String> log = probe.logOf(Kind.AGENT, chiefId);
    assertTrue(log.get(log.size() - 1).contains("supervises=[Mesa "), log.toString());

    assertTrue(acting.as(chief, () -> teamCases()).contains(caseId));
    acting.as(
        chief,
        () -> {
          registry.deactivateContact(contact);
          return null;
        });
    List<ContactRow> contacts =
        acting.as(keeper, () -> registry.contacts(party, PageRequest.of(0, 20)));
    assertEquals(2, contacts.size());
    ContactRow changed =
        contacts.stream().filter(row -> row.id() == contact).findFirst().orElseThrow();
    assertEquals("Ana Maria " + unique, changed.name());
    assertFalse(changed.active());
    assertTrue(contacts.stream().anyMatch(row -> row.id() == imported && row.imported()));
    assertEquals(
        List.of("CREATED", "CHANGED", "DEACTIVATED"),
        probe.logOf(Kind.CONTACT, contact).stream()
            .map(line -> line.substring(0, line.indexOf(' ')))
            .toList());

    // Unsupervised again, the chief leads only its own department.
    acting.as(
        "admin",
        () -> {
          agents.change(chiefId, supervising(agents.form(chiefId), Set.of()));
          return null;
        });
    assertFalse(acting.as(chief, () -> teamCases()).contains(caseId));
  }

  @Test
  void anAdministratorKeepsTheContactChannelsAndADeactivatedOneLeavesTheOpeningForm()
      throws Exception {
    String code = "c" + unique().substring(0, 8);
    String upper = code.toUpperCase();
    acting.walking(
        "admin",
        () -> {
          assertEquals(
              "namePt",
              refused(() -> channels.create(new ContactChannelForm(code, " ", "Kiosk", 7))));
          assertEquals(
              "code",
              refused(
                  () -> channels.create(new ContactChannelForm("a b", "Quiosque", "Kiosk", 7))));
          assertEquals(
              upper, channels.create(new ContactChannelForm(code, "Quiosque", "Kiosk", 7)));
          assertEquals(
              "code",
              refused(() -> channels.create(new ContactChannelForm(upper, "Outro", "Other", 8))));
          channels.change(
              upper, new ContactChannelForm(upper, "Quiosque da loja", "Shop kiosk", 7));
          assertTrue(
              channels.page(PageRequest.of(0, 200)).stream()
                  .anyMatch(
                      row -> row.code().equals(upper) && row.namePt().equals("Quiosque da loja")));
          return null;
        });
    String agent = fixtures.agent(1, Set.of(), Role.AGENT);
    assertTrue(acting.as(agent, () -> channelCodes()).contains(upper));
    acting.as(
        "admin",
        () -> {
          channels.deactivate(upper);
          return null;
        });
    assertFalse(acting.as(agent, () -> channelCodes()).contains(upper));
    assertTrue(
        acting.as("admin", () -> channels.page(PageRequest.of(0, 200))).stream()
            .filter(row -> row.code().equals(upper))
            .noneMatch(ContactChannelRow::active));
    assertEquals(
        List.of("CREATED", "CHANGED", "DEACTIVATED"),
        probe.logOf(Kind.CONTACT_CHANNEL, 0).stream()
            .filter(line -> line.contains(": " + upper + ";"))
            .map(line -> line.substring(0, line.indexOf(' ')))
            .toList());
    assertThrows(
        EJBAccessException.class,
        () ->
            acting.as(
                agent,
                () -> {
                  channels.deactivate(upper);
                  return null;
                }));
  }

  private List<String> channelCodes() {
    return cases.contactChannels().stream().map(ChannelOption::code).toList();
  }

  private List<Long> teamCases() {
    return queues.page(QueueTab.TEAM_AWAITING, PageRequest.of(0, 200)).stream()
        .map(row -> row.id())
        .toList();
  }

  private static AgentForm supervising(AgentForm form, Set<Long> departments) {
    return new AgentForm(
        form.login(),
        form.name(),
        form.email(),
        form.language(),
        form.departmentId(),
        form.clearance(),
        form.roles(),
        form.profileId(),
        form.active(),
        departments);
  }

  @Test
  void twoAgentsRegisteringTheSameTaxIdAtOnceMakeOnePartyAndTheSecondIsToldSoByTheField()
      throws Exception {
    String agent = fixtures.agent(1, Set.of(), Role.AGENT);
    String taxId = TaxIds.cpfs(1)[0];
    CountDownLatch written = new CountDownLatch(1);
    AtomicReference<Exception> firstFailed = new AtomicReference<>();
    Thread first =
        new Thread(
            () -> {
              try {
                concurrent.registerAndHold(taxId, written, 800);
              } catch (Exception e) {
                firstFailed.set(e);
              }
            });
    first.start();
    assertTrue(written.await(30, TimeUnit.SECONDS), "the other registration wrote its party");

    // The check before writing finds nothing (the other party is not committed yet); the write
    // waits for it and is refused by the unique index.
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> acting.as(agent, () -> registry.create(party("Segundo " + unique(), taxId))));
    first.join();

    assertEquals(null, firstFailed.get());
    assertEquals("taxId", refused.field());
    assertEquals("error.taxId.takenMeanwhile", refused.messageKey());
    assertEquals(1, concurrent.partiesWith(taxId), "one party, nothing half-saved");
  }

  private static PartyForm party(String name, String taxId) {
    return new PartyForm(PartyKind.CUSTOMER_SUPPLIER, name, taxId, null, null, "pt-BR");
  }

  private static List<Long> ids(List<PartyRow> rows) {
    return rows.stream().map(PartyRow::id).toList();
  }

  /** The field the refusal names. */
  private static String refused(Callable<?> action) {
    return assertThrows(InvalidInputException.class, action::call).field();
  }

  /** The message key of the refusal. */
  @Test
  void onThePartyPageAnAgentAddsAContactAndChangesItThroughTheFormAndAnotherAgentIsToldWhyNot()
      throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    String keeper = teams.agent(desk, "pt-BR", Set.of(Permission.CONTACT_EDIT), Role.AGENT);
    String colleague = teams.agent(desk, "pt-BR", Set.of(Permission.CONTACT_EDIT), Role.AGENT);
    String unique = unique();
    long party = acting.as(keeper, () -> registry.create(party("Cliente " + unique, null)).id());
    String path = "cases/party.xhtml?id=" + party;

    AgentOverHttp keepers = AgentOverHttp.loggedInAs(keeper);
    String page = keepers.get(path);
    String added =
        keepers.postAjax(path, saveContact(page, "Ana " + unique, "ana@cliente.example")).html();
    assertTrue(added.contains("Ana " + unique), "the list shows the new contact: " + added);
    String listed = keepers.get(path);
    keepers.postAjax(path, editFirstContact(listed));
    keepers.postAjax(path, saveContact(listed, "Ana Maria " + unique, "ana@cliente.example"));
    List<ContactRow> contacts =
        acting.as(keeper, () -> registry.contacts(party, PageRequest.of(0, 10)));
    assertEquals(1, contacts.size(), "the second save changed the contact, it added none");
    assertEquals("Ana Maria " + unique, contacts.get(0).name());

    AgentOverHttp colleagues = AgentOverHttp.loggedInAs(colleague);
    String theirs = colleagues.get(path);
    colleagues.postAjax(path, editFirstContact(theirs));
    String refused = colleagues.postAjax(path, saveContact(theirs, "Outra " + unique, null)).html();
    assertTrue(
        refused.contains("ou o chefe dele pode alter"),
        "the contact's keeper rule is given as the reason: " + refused);
    assertEquals(
        "Ana Maria " + unique,
        acting.as(keeper, () -> registry.contacts(party, PageRequest.of(0, 10))).get(0).name());
  }

  /** What the party page's contact form posts when Save is pressed. */
  private static String saveContact(String page, String name, String email) {
    String save = "contactsForm:saveContact";
    return ajax(
        page,
        save,
        "contactsForm:contactEditor",
        "contactsForm:contactEditor contactsForm:contacts",
        "contactsForm:contactName",
        name,
        "contactsForm:contactEmail",
        email == null ? "" : email,
        "contactsForm:contactPhone",
        "");
  }

  /** What the party page posts when the first listed contact's Edit is pressed. */
  private static String editFirstContact(String page) {
    return ajax(page, "contactsForm:contacts:0:editContact", "@this", "contactsForm:contactEditor");
  }

  /** A PrimeFaces ajax post of the party page's contacts form, with the page's state and nonce. */
  private static String ajax(
      String page, String source, String execute, String render, String... fields) {
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
    assertTrue(state.find(), "the page has a view state");
    // PrimeFaces refuses a postback without the nonce of the page's Content-Security-Policy.
    Matcher nonce = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"").matcher(page);
    assertTrue(nonce.find(), "the page's scripts carry a nonce");
    List<String> pairs =
        new ArrayList<>(
            List.of(
                "contactsForm",
                "contactsForm",
                "jakarta.faces.partial.ajax",
                "true",
                "jakarta.faces.source",
                source,
                "jakarta.faces.partial.execute",
                execute.equals("@this") ? source : execute,
                "jakarta.faces.partial.render",
                render,
                source,
                source));
    pairs.addAll(List.of(fields));
    pairs.addAll(
        List.of(
            "jakarta.faces.ViewState",
            state.group(1).replace("&amp;", "&"),
            "primefaces.nonce",
            nonce.group(1)));
    StringBuilder form = new StringBuilder();
    for (int i = 0; i < pairs.size(); i += 2) {
      if (form.length() > 0) {
        form.append('&');
      }
      form.append(URLEncoder.encode(pairs.get(i), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(pairs.get(i + 1), StandardCharsets.UTF_8));
    }
    return form.toString();
  }

  private static String refusal(Callable<?> action) {
    return assertThrows(BusinessException.class, action::call).messageKey();
  }

  private static String refusal(Runnable action) {
    return assertThrows(BusinessException.class, action::run).messageKey();
  }

  private static String unique() {
    return UUID.randomUUID().toString().replace("-", "");
  }
}
