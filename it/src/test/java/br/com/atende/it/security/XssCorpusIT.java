package br.com.atende.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.AddNoteCommand;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.OpenCaseCommand;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.application.OpeningDefaults;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.customfield.application.CustomFieldAdminService;
import br.com.atende.customfield.application.CustomFieldService;
import br.com.atende.customfield.application.FieldDefinition;
import br.com.atende.customfield.model.CustomField;
import br.com.atende.customfield.model.FieldType;
import br.com.atende.faq.application.FaqService;
import br.com.atende.faq.application.RequestFaqCommand;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.CustomFieldSetup;
import br.com.atende.it.support.Fixtures;
import br.com.atende.it.support.MailServer;
import br.com.atende.it.support.Openings;
import br.com.atende.party.application.ContactOption;
import br.com.atende.party.application.LookupBy;
import br.com.atende.party.application.PartyOption;
import br.com.atende.party.application.PartyService;
import br.com.atende.party.model.PartyKind;
import br.com.atende.queue.application.CustomFieldFilter;
import br.com.atende.queue.application.QueueExport;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The XSS corpus ({@code security/xss-payloads.txt}, with {@link XssCorpus}) stored through every
 * free-text input a case has (subject, request, a publishable note, the client's name and its
 * contact's name, an FAQ request's question and answer, text and long-text custom fields) and read
 * back where it is shown: the case page, the queue, the search, the knowledge and FAQ review pages,
 * the opening email (as GreenMail received it) and the queue's CSV. Everywhere it stays inert text.
 * What a browser does with it is {@code XssInBrowserIT}'s part.
 */
@ExtendWith(ArquillianExtension.class)
class XssCorpusIT {

  private static final String OUTSIDE = "http://127.0.0.2:9";

  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject CaseService cases;

  @Inject DiscussionService discussion;

  @Inject PartyService parties;

  @Inject Fixtures fixtures;

  @Inject FaqService faq;

  @Inject QueueExport export;

  @Inject CustomFieldSetup setup;

  @Inject CustomFieldService customFields;

  @Inject CustomFieldAdminService fieldAdmin;

  /** A case per payload: the payload is its subject, request, note, client and contact. */
  record Stored(String payload, long caseId, String number) {}

  /** Stored once for the tests that read them back (each opening costs, 78 of them more so). */
  private static List<Stored> stored;

  private static String word;

  private List<Stored> stored() throws Exception {
    if (stored == null) {
      word = "Xss" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
      List<Stored> all = new ArrayList<>();
      for (String payload : XssCorpus.payloads(OUTSIDE)) {
        long party = fixtures.party(PartyKind.PERSON, payload, "1133334444", false);
        long contact = fixtures.contact(party, payload, "11999990000", null);
        OpenedCase opened = open("ana", party, contact, subject(word, payload), payload);
        note("ana", opened.id(), payload);
        all.add(new Stored(payload, opened.id(), opened.number()));
      }
      stored = all;
    }
    return stored;
  }

  @Test
  void thePayloadsStoredInEveryFieldOfACaseStayInertOnItsPageTheQueueAndTheSearch()
      throws Exception {
    List<Stored> stored = stored();
    Visitor ana = Visitor.loggedInAs("ana");
    List<String> active = new ArrayList<>();
    for (Stored s : stored) {
      check(ana.get("cases/view.xhtml?id=" + s.caseId()), "case page of " + s.payload(), active);
    }
    check(ana.get("cases/queue.xhtml"), "queue", active);
    check(ana.get("cases/search.xhtml?q=" + word), "search", active);
    check(ana.get("faq/knowledge.xhtml"), "knowledge", active);
    assertTrue(active.isEmpty(), String.join("\n", active));
    String search = ana.get("cases/search.xhtml?q=" + word).body();
    assertTrue(search.contains(word), "the search shows the stored cases");
  }

  @Test
  void aPayloadRequestedAsAnFaqStaysInertOnTheSupervisorsReviewPage() throws Exception {
    List<String> payloads = XssCorpus.payloads(OUTSIDE);
    long caseId =
        openings.open("ana", "Maria", "FAQ xss", "Pedido.", Priority.NORMAL, null, true).id();
    for (String payload : payloads) {
      acting.as(
          "ana",
          () -> faq.request(new RequestFaqCommand(caseId, payload, "<p>resposta</p>" + payload)));
    }

    List<String> active = new ArrayList<>();
    check(Visitor.loggedInAs("carla").get("faq/review.xhtml"), "FAQ review", active);
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  @Test
  void theOpeningEmailCarriesThePayloadsAsInertText() throws Exception {
    PartyOption metalurgica =
        acting.as("ana", () -> parties.lookup(null, LookupBy.NAME_OR_TAX_ID, "Metalúrgica").get(0));
    ContactOption paulo =
        acting.as("ana", () -> parties.contactsOf(metalurgica.id())).stream()
            .filter(c -> c.name().equals("Paulo Santos"))
            .findFirst()
            .orElseThrow();
    String word = "Mail" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    List<String> active = new ArrayList<>();
    try (MailServer mail = MailServer.start()) {
      List<OpenedCase> opened = new ArrayList<>();
      for (String payload : XssCorpus.payloads(OUTSIDE)) {
        opened.add(open("ana", metalurgica.id(), paulo.id(), subject(word, payload), payload));
      }
      for (OpenedCase o : opened) {
        MimeMessage email = mail.awaitEmail(o.number());
        String html = MailServer.htmlPart(email);
        String problem = XssCorpus.activeMarkup(html == null ? "" : html, null);
        if (problem != null) {
          active.add(o.number() + ": " + problem);
        }
        assertEquals(1, email.getAllRecipients().length, "one recipient only");
      }
    }
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  @Test
  void theQueueCsvNeverEvaluatesAnExpression() throws Exception {
    stored();

    String csv = acting.as("ana", () -> export.csv(new CustomFieldFilter(null, null)));
    assertTrue(csv.contains(word), "the export holds the cases");
    assertTrue(!csv.contains(XssCorpus.EVALUATED), "nothing evaluated");
  }

  @Test
  void payloadsKeptInCustomFieldsStayInertInTheirTab() throws Exception {
    long type = setup.caseType("Xss");
    long text = define(type, "Texto xss", FieldType.TEXT, 1);
    long longText = define(type, "Longo xss", FieldType.LONG_TEXT, 2);
    List<String> chunks = new ArrayList<>();
    StringBuilder chunk = new StringBuilder();
    for (String payload : XssCorpus.payloads(OUTSIDE)) {
      if (chunk.length() + payload.length() + 1 > CustomField.MAX_LONG_TEXT - 100) {
        chunks.add(chunk.toString());
        chunk.setLength(0);
      }
      chunk.append(payload).append('\n');
    }
    chunks.add(chunk.toString());

    Visitor ana = Visitor.loggedInAs("ana");
    List<String> active = new ArrayList<>();
    for (String values : chunks) {
      long caseId = openOfType("ana", type);
      long version = acting.as("ana", () -> cases.details(caseId)).version();
      String first = values.substring(0, values.indexOf('\n'));
      acting.as(
          "ana", () -> customFields.save(caseId, version, Map.of(text, first, longText, values)));
      String page = "cases/view.xhtml?id=" + caseId;
      HttpResponse<String> view = ana.get(page);
      HttpResponse<String> tab = ana.postAjax(page, openTab(view, "customFieldsTab"));
      assertTrue(tab.body().contains("Longo xss"), "the tab was rendered: " + tab.body());
      Matcher nonce =
          NONCE.matcher(view.headers().firstValue("Content-Security-Policy").orElse(""));
      String problem = XssCorpus.activeMarkup(tab.body(), nonce.find() ? nonce.group(1) : null);
      if (problem != null) {
        active.add("custom fields of case " + caseId + ": " + problem);
      }
    }
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  /** The request PrimeFaces sends to load a dynamic tab of the case page. */
  private static String openTab(HttpResponse<String> view, String tab) {
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(view.body());
    Matcher nonce = NONCE.matcher(view.headers().firstValue("Content-Security-Policy").orElse(""));
    assertTrue(state.find() && nonce.find(), "the case page has a view state and a nonce");
    String tabs = "caseForm:tabs";
    return String.join(
        "&",
        pair("caseForm", "caseForm"),
        pair("jakarta.faces.partial.ajax", "true"),
        pair("jakarta.faces.source", tabs),
        pair("jakarta.faces.partial.execute", tabs),
        pair("jakarta.faces.partial.render", tabs),
        pair(tabs + "_contentLoad", "true"),
        pair(tabs + "_newTab", tabs + ":" + tab),
        pair(tabs + "_currentTab", tabs + ":" + tab),
        pair("jakarta.faces.ViewState", state.group(1).replace("&amp;", "&")),
        pair("primefaces.nonce", nonce.group(1)));
  }

  private static String pair(String name, String value) {
    return java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
        + "="
        + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  private long define(long type, String name, FieldType fieldType, int order) throws Exception {
    return acting.as(
        "admin",
        () ->
            fieldAdmin.saveField(
                new FieldDefinition(
                    null, type, name, fieldType, "Ajuda", order, false, null, true, List.of())));
  }

  private long openOfType(String login, long caseTypeId) throws Exception {
    long party = openings.partyId(login, "Maria");
    return acting.as(
        login,
        () -> {
          OpeningDefaults defaults = cases.openingDefaults();
          return cases
              .open(
                  new OpenCaseCommand(
                      defaults.companyId(),
                      defaults.departmentId(),
                      caseTypeId,
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
                      "Campos xss " + System.nanoTime(),
                      "Pedido.",
                      Priority.NORMAL,
                      null,
                      true))
              .id();
        });
  }

  private void check(HttpResponse<String> page, String where, List<String> active) {
    if (page.statusCode() != 200) {
      active.add(where + " answered " + page.statusCode());
      return;
    }
    Matcher nonce = NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
    String problem = XssCorpus.activeMarkup(page.body(), nonce.find() ? nonce.group(1) : null);
    if (problem != null) {
      active.add(where + ": " + problem);
    }
  }

  /** The search word first (so the search finds it), the payload cut to the subject's 200. */
  private static String subject(String word, String payload) {
    String subject = word + " " + payload;
    return subject.length() > 200 ? subject.substring(0, 200) : subject;
  }

  private OpenedCase open(String login, long party, Long contact, String subject, String request)
      throws Exception {
    return acting.as(
        login,
        () ->
            cases.open(
                Openings.command(
                    cases.openingDefaults(),
                    party,
                    contact,
                    subject,
                    request,
                    Priority.NORMAL,
                    null,
                    true,
                    "PHONE",
                    ContactOrigin.CLIENT)));
  }

  private void note(String login, long caseId, String payload) throws Exception {
    acting.as(
        login,
        () -> {
          discussion.addNote(new AddNoteCommand(caseId, "<p>nota</p>" + payload, false, true));
          return null;
        });
  }
}
