package br.com.atende.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.administration.application.AgentAdministration;
import br.com.atende.administration.application.AgentForm;
import br.com.atende.administration.application.CatalogueAdministration;
import br.com.atende.administration.application.CatalogueEntryForm;
import br.com.atende.administration.application.CatalogueKind;
import br.com.atende.administration.application.DepartmentAdministration;
import br.com.atende.administration.application.DepartmentForm;
import br.com.atende.calendar.application.HolidayAdminService;
import br.com.atende.cases.application.AddNoteCommand;
import br.com.atende.cases.application.AddUnderstandingCommand;
import br.com.atende.cases.application.CaseContactRow;
import br.com.atende.cases.application.CaseContactService;
import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseLinkService;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseStatusService;
import br.com.atende.cases.application.ChangeStatusCommand;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.EditCaseCommand;
import br.com.atende.cases.application.EditContactCommand;
import br.com.atende.cases.application.EscalateCommand;
import br.com.atende.cases.application.ForwardingService;
import br.com.atende.cases.application.GenerateCaseCommand;
import br.com.atende.cases.application.OpenCaseCommand;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.application.OpeningDefaults;
import br.com.atende.cases.application.TransferCommand;
import br.com.atende.cases.application.UnderstandingService;
import br.com.atende.cases.intake.EmailIntake;
import br.com.atende.cases.intake.InboundImporter.Outcome;
import br.com.atende.cases.intake.InboundMailbox;
import br.com.atende.cases.intake.MailboxForm;
import br.com.atende.cases.intake.MailboxReview;
import br.com.atende.cases.intake.MailboxSettings;
import br.com.atende.cases.intake.QuarantinedReply;
import br.com.atende.cases.intake.ReplyQuarantine;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.cases.notification.CaseEmailPart;
import br.com.atende.cases.notification.CaseEmailService;
import br.com.atende.cases.notification.SendCaseEmailCommand;
import br.com.atende.cases.printing.PrintTemplateForm;
import br.com.atende.cases.printing.PrintTemplateService;
import br.com.atende.customfield.application.CustomFieldAdminService;
import br.com.atende.customfield.application.CustomFieldService;
import br.com.atende.customfield.application.FieldDefinition;
import br.com.atende.customfield.model.CustomField;
import br.com.atende.customfield.model.FieldType;
import br.com.atende.faq.application.ApproveFaqCommand;
import br.com.atende.faq.application.FaqRequestItem;
import br.com.atende.faq.application.FaqService;
import br.com.atende.faq.application.RejectFaqCommand;
import br.com.atende.faq.application.RequestFaqCommand;
import br.com.atende.faq.model.FaqEntry;
import br.com.atende.importing.ImportProgress;
import br.com.atende.importing.PartyImportService;
import br.com.atende.integration.application.ApiClientAdminService;
import br.com.atende.integration.application.CreatedApiClient;
import br.com.atende.integration.application.NewApiClient;
import br.com.atende.integration.model.ApiScope;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.CustomFieldSetup;
import br.com.atende.it.support.Fixtures;
import br.com.atende.it.support.ImportRows;
import br.com.atende.it.support.MailRows;
import br.com.atende.it.support.MailServer;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.TaxIds;
import br.com.atende.it.support.Teams;
import br.com.atende.mail.application.MailTemplates;
import br.com.atende.mail.model.MailTemplate;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.party.application.ContactOption;
import br.com.atende.party.application.LookupBy;
import br.com.atende.party.application.PartyOption;
import br.com.atende.party.application.PartyService;
import br.com.atende.party.model.PartyKind;
import br.com.atende.queue.application.CustomFieldFilter;
import br.com.atende.queue.application.QueueExport;
import br.com.atende.shared.PageRequest;
import br.com.atende.timekeeping.application.ContractRow;
import br.com.atende.timekeeping.application.DeskRow;
import br.com.atende.timekeeping.application.EntryTemplateRow;
import br.com.atende.timekeeping.application.LogTimeCommand;
import br.com.atende.timekeeping.application.ServiceRow;
import br.com.atende.timekeeping.application.TimeAdminService;
import br.com.atende.timekeeping.application.TimeEntryService;
import br.com.atende.timekeeping.model.EntryMode;
import br.com.atende.timekeeping.model.EntryTemplate;
import br.com.atende.timekeeping.model.Nature;
import br.com.atende.timekeeping.model.RateBasis;
import br.com.atende.timekeeping.model.ServiceType;
import br.com.atende.timekeeping.model.ValuationKind;
import br.com.atende.timekeeping.report.ConsumptionReportService;
import br.com.atende.timekeeping.report.ReportProgress;
import br.com.atende.workflow.application.SaveStepCommand;
import br.com.atende.workflow.application.WorkflowService;
import br.com.atende.workflow.model.StepTarget;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The XSS corpus ({@code security/xss-payloads.txt}, with {@link XssCorpus}) stored through every
 * free-text input a case has (subject, request, a publishable note, the client's name and its
 * contact's name, an FAQ request's question and answer, text and long-text custom fields, an edit's
 * subject, request and due-date note, escalations, generated cases, the understanding), what agents
 * write on a case (time-entry descriptions, status-change notes, forwarding reasons, returns,
 * "email about this case"), what administrators type (API client names, a print template,
 * departments, agents, company holidays, custom fields with their help and options, contracts,
 * standalone services, entry templates, the inbound mailbox's user and folder), what comes from
 * outside (a chat transcript and a contact through the intake API, an inbound email's sender name,
 * subject and body, an import file's name with a party's name and a case's subject and request) and
 * read back where it is shown: the case page and its tabs, the print, the queue, the search, the
 * knowledge, FAQ search and review pages, the import and jobs pages, the admin pages (every page of
 * their lazy tables), the quarantine (administrators' and agents'), the emails (as GreenMail
 * received them) and the queue's CSV. Everywhere it stays inert text. What a browser does with it
 * is {@code XssInBrowserIT}'s part.
 *
 * <p>Which test covers which input (every free-text input of the pages, the public pages, the REST
 * resources and servlets, the CSV files): the table in {@code README.md} next to this class.
 * Besides the inputs above, the class covers mail templates, workflow steps and refused recipients,
 * manual values' reasons and the month's consumption CSV, FAQ rejections, satisfaction comments and
 * the public logins, the contacts tab, renamed departments, transfers, inbound file names, the
 * filters of the queue, the searches and the admin lists, what is refused in the case's tabs, a
 * group member's login, the mailbox host, and a party import's name, page and report CSV.
 */
@ExtendWith(ArquillianExtension.class)
class XssCorpusIT {

  private static final String OUTSIDE = "http://127.0.0.2:9";

  private static final String SUPPORT = "suporte@atende.example";

  /** The inbound emails bringing files: the corpus as file names, ten to an email at most. */
  private static final int FILE_EMAILS = 8;

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(60)).build();

  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  /** The edit button of a row of the case's contacts tab (an id of the row's, generated). */
  private static final Pattern CONTACT_EDIT =
      Pattern.compile("<button id=\"([^\"]+)\"[^>]*class=\"[^\"]*contact-edit");

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

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

  @Inject Teams teams;

  @Inject ApiClientAdminService apiClients;

  @Inject PartyImportService imports;

  @Inject ImportRows importRows;

  @Inject InboundMailbox mailbox;

  @Inject ReplyQuarantine quarantine;

  @Inject MailRows mailRows;

  @Inject PrintTemplateService printTemplates;

  @Inject TimeEntryService time;

  @Inject CaseStatusService statuses;

  @Inject ForwardingService forwarding;

  @Inject CaseEmailService caseEmail;

  @Inject TimeAdminService timeAdmin;

  @Inject MailboxReview mailboxReview;

  @Inject DepartmentAdministration departmentAdmin;

  @Inject AgentAdministration agentAdmin;

  @Inject CatalogueAdministration catalogue;

  @Inject HolidayAdminService holidayAdmin;

  @Inject CaseLinkService links;

  @Inject UnderstandingService understanding;

  @Inject MailTemplates mailTemplates;

  @Inject WorkflowService workflows;

  @Inject CaseContactService caseContacts;

  @Inject ConsumptionReportService reports;

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
  void aPayloadRequestedAsAnFaqStaysInertOnTheReviewPageAndOnceApprovedInTheFaqSearch()
      throws Exception {
    List<String> payloads = XssCorpus.payloads(OUTSIDE);
    String faqWord = "Faq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    long caseId =
        openings.open("ana", "Maria", "FAQ xss", "Pedido.", Priority.NORMAL, null, true).id();
    for (int i = 0; i < payloads.size(); i++) {
      String payload = payloads.get(i);
      String question = faqBatch(faqWord, i) + " " + payload;
      String asked =
          question.length() > FaqEntry.QUESTION_MAX
              ? question.substring(0, FaqEntry.QUESTION_MAX)
              : question;
      acting.as(
          "ana",
          () -> faq.request(new RequestFaqCommand(caseId, asked, "<p>resposta</p>" + payload)));
    }

    List<String> active = new ArrayList<>();
    check(Visitor.loggedInAs("carla").get("faq/review.xhtml"), "FAQ review", active);
    List<FaqRequestItem> mine =
        acting.as("carla", () -> faq.reviewQueue(PageRequest.of(0, 500))).stream()
            .filter(item -> item.question().startsWith(faqWord))
            .toList();
    assertEquals(payloads.size(), mine.size(), "every request waits for review");
    for (FaqRequestItem item : mine) {
      acting.as(
          "carla",
          () -> {
            faq.approve(
                new ApproveFaqCommand(item.id(), item.version(), item.question(), item.answer()));
            return null;
          });
    }
    // The search shows 20 a page: a word per batch of 20 puts every approved entry on a first page.
    Visitor ana = Visitor.loggedInAs("ana");
    for (int batch = 0; batch * 20 < payloads.size(); batch++) {
      String terms = faqBatch(faqWord, batch * 20);
      HttpResponse<String> page = ana.get("faq/search.xhtml");
      HttpResponse<String> found =
          ana.postAjax(
              "faq/search.xhtml",
              ajax(page, "faqForm", "faqForm:search", "faqForm:found", "faqForm:terms", terms));
      assertTrue(found.body().contains(terms), "the search finds the batch: " + found.body());
      String problem = XssCorpus.activeMarkup(found.body(), nonceOf(page));
      if (problem != null) {
        active.add("FAQ search " + terms + ": " + problem);
      }
    }
    check(ana.get("faq/knowledge.xhtml"), "knowledge", active);
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  private static String faqBatch(String word, int index) {
    return word + "b" + (index / 20);
  }

  @Test
  void aChatTranscriptAndAContactPostedThroughTheIntakeApiStayInertOnTheCasePage()
      throws Exception {
    long departmentId =
        acting.as("admin", () -> apiClients.departments()).stream()
            .filter(d -> d.name().startsWith("ACME Ind") && d.name().endsWith("/ Suporte"))
            .findFirst()
            .orElseThrow()
            .id();
    CreatedApiClient client =
        acting.as(
            "admin",
            () ->
                apiClients.create(
                    new NewApiClient(
                        "Chat xss " + UUID.randomUUID(),
                        departmentId,
                        0,
                        Set.of(ApiScope.CASES_READ, ApiScope.CASES_WRITE),
                        1000)));
    try {
      String subject = "Chat xss " + UUID.randomUUID();
      JsonArrayBuilder transcript = Json.createArrayBuilder();
      LocalDateTime at = LocalDateTime.of(2026, 11, 30, 10, 0);
      List<String> payloads = XssCorpus.payloads(OUTSIDE);
      for (int i = 0; i < payloads.size(); i++) {
        String payload = payloads.get(i);
        transcript.add(
            Json.createObjectBuilder()
                .add("at", at.plusSeconds(i).toString())
                .add("participant", payload.length() > 100 ? payload.substring(0, 100) : payload)
                .add("fromClient", i % 2 == 0)
                .add("text", payload));
      }
      JsonArray messages = transcript.build();
      String body =
          Json.createObjectBuilder()
              .add("partyId", openings.partyId("ana", "Maria"))
              .add("subject", subject)
              .add("transcript", messages)
              .build()
              .toString();
      HttpResponse<String> opened =
          HTTP.send(
              HttpRequest.newBuilder(api("cases"))
                  .header("Authorization", "Bearer " + client.token())
                  .header("Idempotency-Key", UUID.randomUUID().toString())
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .timeout(Duration.ofSeconds(60))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(201, opened.statusCode(), opened.body());
      long caseId;
      try (var reader = Json.createReader(new StringReader(opened.body()))) {
        caseId = reader.readObject().getJsonNumber("id").longValue();
      }

      // A new contact of the client appended through the API, its text the payloads.
      HttpResponse<String> appended =
          HTTP.send(
              HttpRequest.newBuilder(api("cases/" + caseId + "/contacts"))
                  .header("Authorization", "Bearer " + client.token())
                  .header("Idempotency-Key", UUID.randomUUID().toString())
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          Json.createObjectBuilder()
                              .add("partyId", openings.partyId("ana", "Maria"))
                              .add("text", String.join("\n", payloads))
                              .build()
                              .toString()))
                  .timeout(Duration.ofSeconds(60))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(201, appended.statusCode(), appended.body());
      // And a later chat appended to it, the same payloads its participants and messages.
      HttpResponse<String> chat =
          HTTP.send(
              HttpRequest.newBuilder(api("cases/" + caseId + "/transcripts"))
                  .header("Authorization", "Bearer " + client.token())
                  .header("Idempotency-Key", UUID.randomUUID().toString())
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          Json.createObjectBuilder()
                              .add("partyId", openings.partyId("ana", "Maria"))
                              .add("messages", messages)
                              .build()
                              .toString()))
                  .timeout(Duration.ofSeconds(60))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertTrue(chat.statusCode() / 100 == 2, chat.body());

      List<String> active = new ArrayList<>();
      HttpResponse<String> page = Visitor.loggedInAs("ana").get("cases/view.xhtml?id=" + caseId);
      assertTrue(page.body().contains(subject), "the case page shows the chat's case");
      check(page, "case page with the chat", active);
      assertTrue(active.isEmpty(), String.join("\n", active));
    } finally {
      acting.as(
          "admin",
          () -> {
            apiClients.revoke(client.id());
            return null;
          });
    }
  }

  @Test
  void apiClientNamesCarryingThePayloadsStayInertOnTheirAdminPage() throws Exception {
    long departmentId = acting.as("admin", () -> apiClients.departments()).get(0).id();
    // Several payloads to a name (100 characters at most): each client costs a bcrypt hash.
    List<String> payloads = chunks(XssCorpus.payloads(OUTSIDE), 100, " ");
    Visitor admin = Visitor.loggedInAs("admin");
    List<String> active = new ArrayList<>();
    // The page lists 20 clients a page, newest first: each batch of 20 is checked, then revoked.
    for (int from = 0; from < payloads.size(); from += 20) {
      List<Long> batch = new ArrayList<>();
      for (String payload : payloads.subList(from, Math.min(from + 20, payloads.size()))) {
        String name = payload.length() > 100 ? payload.substring(0, 100) : payload;
        batch.add(
            acting
                .as(
                    "admin",
                    () ->
                        apiClients.create(
                            new NewApiClient(
                                name, departmentId, 0, Set.of(ApiScope.CASES_READ), 10)))
                .id());
      }
      check(admin.get("admin/api-clients.xhtml"), "API clients from " + from, active);
      for (long id : batch) {
        acting.as(
            "admin",
            () -> {
              apiClients.revoke(id);
              return null;
            });
      }
    }
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  @Test
  void anImportFileCarryingThePayloadsStaysInertOnTheImportPageTheJobsPageAndItsCasePage()
      throws Exception {
    List<String> payloads = XssCorpus.payloads(OUTSIDE);
    List<String> names = chunks(payloads, 200, " ");
    String externalId = "xss-" + UUID.randomUUID();
    String file =
        "kind,name,tax_id,case_external_id,case_subject,case_request,case_department,case_company\n"
            + "PERSON,"
            + quoted(names.get(0))
            + ","
            + TaxIds.cpfs(1)[0]
            + ","
            + externalId
            + ","
            + quoted(names.get(names.size() - 1))
            + ","
            + quoted(String.join("\n", payloads))
            + ",Suporte,ACME\n";
    String fileName = names.get(0);
    long importId =
        acting.as(
            "admin",
            () -> imports.start(fileName, file.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    Instant deadline = Instant.now().plusSeconds(60);
    ImportProgress progress = acting.as("admin", () -> imports.progress(importId));
    while (progress.isRunning() && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      progress = acting.as("admin", () -> imports.progress(importId));
    }
    assertEquals(1, progress.casesAdded(), "the case of the file is imported");

    List<String> active = new ArrayList<>();
    Visitor admin = Visitor.loggedInAs("admin");
    check(admin.get("admin/import.xhtml?import=" + importId), "import page", active);
    check(admin.get("admin/jobs.xhtml"), "jobs page", active);
    check(
        Visitor.loggedInAs("ana").get("cases/view.xhtml?id=" + importRows.caseIdOf(externalId)),
        "imported case page",
        active);
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  /** A CSV field in quotes, its quotes doubled (RFC 4180). */
  private static String quoted(String field) {
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  @Test
  void anInboundEmailCarryingThePayloadsStaysInertOnItsCaseAndInTheMailboxQuarantine()
      throws Exception {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    // One line of payloads per email (a subject's 200 characters at most): fewer emails, each
    // costs.
    List<String> payloads = chunks(XssCorpus.payloads(OUTSIDE), 160, " ");
    int imapPort = Integer.getInteger("atende.imap.port", 3143);
    GreenMail server =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(
                  Integer.getInteger("atende.smtp.port", 3025),
                  "127.0.0.1",
                  ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    server.start();
    List<String> active = new ArrayList<>();
    try {
      GreenMailUser inbox = server.setUser(SUPPORT, "suporte", "segredo");
      MailboxSettings settings =
          new MailboxSettings("127.0.0.1", imapPort, "suporte", "segredo", "INBOX");
      OpeningDefaults opening = acting.as("ana", () -> cases.openingDefaults());
      EmailIntake.Defaults defaults =
          new EmailIntake.Defaults(
              opening.departmentId(),
              teams.agentId("ana"),
              openings.partyId("ana", "Helen"),
              opening.caseTypeId());

      // Every payload is also the name of a file one of the first emails brings (ten at most, a
      // page of the attachments tab): a text file the case keeps, and per email one program it
      // refuses (named in the conversation instead).
      List<String> all = XssCorpus.payloads(OUTSIDE);
      for (int i = 0; i < payloads.size(); i++) {
        String payload = payloads.get(i);
        Map<String, String> files = new LinkedHashMap<>();
        for (int j = i; i < FILE_EMAILS && j < all.size(); j += FILE_EMAILS) {
          files.put(all.get(j) + ".txt", "text/plain");
        }
        if (i < FILE_EMAILS) {
          files.put(all.get(i) + ".exe", "application/octet-stream");
        }
        inbox.deliver(
            email(
                "novo." + i + "." + unique,
                "c" + i + "." + unique,
                payload,
                payload,
                payload,
                files));
      }
      Map<Outcome, Integer> imported = mailbox.poll(settings, defaults);
      assertEquals(Map.of(Outcome.NEW_CASE, payloads.size()), imported);
      Visitor ana = Visitor.loggedInAs("ana");
      for (int i = 0; i < payloads.size(); i++) {
        Long caseId = mailRows.caseOfInbound("<novo." + i + "." + unique + "@fora.example>");
        assertTrue(caseId != null, "the email opened a case: " + payloads.get(i));
        String path = "cases/view.xhtml?id=" + caseId;
        HttpResponse<String> view = ana.get(path);
        check(view, "case opened by email " + i, active);
        if (i >= FILE_EMAILS) {
          continue;
        }
        HttpResponse<String> files = ana.postAjax(path, openTab(view, "attachmentsTab"));
        assertTrue(files.body().contains(".txt"), "the tab lists the kept files: " + files.body());
        String problem = XssCorpus.activeMarkup(files.body(), nonceOf(view));
        if (problem != null) {
          active.add("attachments of the case opened by email " + i + ": " + problem);
        }
      }

      OpenedCase replied =
          openings.open(
              "ana", "Maria", "Resposta xss " + unique, "Pedido.", Priority.NORMAL, null, true);
      String token = "[Atendimento " + replied.number() + "]";
      Visitor admin = Visitor.loggedInAs("admin");
      // The quarantine shows 20 a page, newest first: each batch is checked, then rejected.
      for (int from = 0; from < payloads.size(); from += 20) {
        int until = Math.min(from + 20, payloads.size());
        for (int i = from; i < until; i++) {
          String payload = payloads.get(i);
          inbox.deliver(
              email(
                  "estranho." + i + "." + unique,
                  "e" + i + "." + unique,
                  payload,
                  "Re: " + token + " " + payload,
                  payload,
                  Map.of()));
        }
        assertEquals(Map.of(Outcome.QUARANTINED, until - from), mailbox.poll(settings, defaults));
        check(admin.get("admin/mailbox.xhtml"), "quarantine from " + from, active);
        check(ana.get("cases/quarantine.xhtml"), "agents' quarantine from " + from, active);
        for (QuarantinedReply waiting :
            acting.as("admin", () -> quarantine.page(PageRequest.of(0, 200)))) {
          if (waiting.caseId() == replied.id()) {
            acting.as(
                "admin",
                () -> {
                  quarantine.reject(waiting.id());
                  return null;
                });
          }
        }
      }
    } finally {
      server.stop();
    }
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  @Test
  void aPrintTemplateCarryingThePayloadsIsInertInItsEditorAndInTheCasesPrint() throws Exception {
    List<Stored> stored = stored();
    long acme =
        acting.as("admin", () -> printTemplates.companies()).stream()
            .filter(c -> c.name().equals("ACME Indústria e Comércio"))
            .findFirst()
            .orElseThrow()
            .id();
    StringBuilder body = new StringBuilder("<p>{number} {subject}</p>");
    for (String payload : XssCorpus.payloads(OUTSIDE)) {
      if (body.length() + payload.length() + 1 > 20_000) {
        break;
      }
      body.append(payload).append('\n');
    }
    PrintTemplateForm before = acting.as("admin", () -> printTemplates.template(acme));
    PrintTemplateForm saved =
        acting.as(
            "admin",
            () ->
                printTemplates.save(
                    new PrintTemplateForm(acme, body.toString(), before.version())));
    List<String> active = new ArrayList<>();
    try {
      Visitor admin = Visitor.loggedInAs("admin");
      HttpResponse<String> editor = admin.get("admin/print.xhtml");
      HttpResponse<String> chosen =
          admin.postAjax(
              "admin/print.xhtml",
              ajax(
                      editor,
                      "printForm",
                      "printForm:printCompany",
                      "printForm",
                      "printForm:printCompany",
                      String.valueOf(acme))
                  + "&jakarta.faces.behavior.event=change&jakarta.faces.partial.event=change");
      assertEquals(200, chosen.statusCode());
      String problem = XssCorpus.activeMarkup(chosen.body(), nonceOf(editor));
      if (problem != null) {
        active.add("print template editor: " + problem);
      }
      Visitor ana = Visitor.loggedInAs("ana");
      for (Stored s : stored.subList(0, 20)) {
        check(ana.get("cases/print?id=" + s.caseId()), "print of " + s.payload(), active);
      }
    } finally {
      acting.as(
          "admin",
          () -> printTemplates.save(new PrintTemplateForm(acme, before.body(), saved.version())));
    }
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  /**
   * A client's email to the support address, its sender's name, subject and body as given, with
   * these files (name to content type; a text's content is a line of text, a program's a few bytes
   * of an executable).
   */
  private static MimeMessage email(
      String messageId,
      String senderUser,
      String senderName,
      String subject,
      String body,
      Map<String, String> files)
      throws Exception {
    MimeMessage email = new MimeMessage(Session.getInstance(new Properties()));
    email.setFrom(new InternetAddress(senderUser + "@fora.example", senderName, "UTF-8"));
    email.setRecipients(Message.RecipientType.TO, SUPPORT);
    email.setSubject(subject, "UTF-8");
    if (files.isEmpty()) {
      email.setText(body, "UTF-8");
    } else {
      MimeMultipart parts = new MimeMultipart();
      MimeBodyPart text = new MimeBodyPart();
      text.setText(body, "UTF-8");
      parts.addBodyPart(text);
      for (Map.Entry<String, String> file : files.entrySet()) {
        MimeBodyPart attached = new MimeBodyPart();
        byte[] content =
            file.getValue().startsWith("text/")
                ? "Anexo de texto.\n".getBytes(StandardCharsets.UTF_8)
                : new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        attached.setDataHandler(
            new jakarta.activation.DataHandler(
                new jakarta.mail.util.ByteArrayDataSource(content, file.getValue())));
        attached.setFileName(
            jakarta.mail.internet.MimeUtility.encodeText(file.getKey(), "UTF-8", "B"));
        attached.setDisposition(jakarta.mail.Part.ATTACHMENT);
        parts.addBodyPart(attached);
      }
      email.setContent(parts);
    }
    email.saveChanges();
    // After saveChanges, which would give it a Message-ID of its own.
    email.setHeader("Message-ID", "<" + messageId + "@fora.example>");
    return email;
  }

  /** The intake API's address inside the server (its port offset) or outside (the build's). */
  private static URI api(String path) {
    int port =
        8080
            + Integer.getInteger(
                "jboss.socket.binding.port-offset", Integer.getInteger("it.port.offset", 0));
    return URI.create("http://127.0.0.1:" + port + "/atende/api/v1/" + path);
  }

  /** An ajax submit of a form's one input by one of its buttons, as PrimeFaces sends it. */
  private static String ajax(
      HttpResponse<String> view,
      String form,
      String source,
      String render,
      String input,
      String value) {
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(view.body());
    assertTrue(state.find(), "the page has a view state");
    return String.join(
        "&",
        pair(form, form),
        pair(input, value),
        pair(source, source),
        pair("jakarta.faces.partial.ajax", "true"),
        pair("jakarta.faces.source", source),
        pair("jakarta.faces.partial.execute", form),
        pair("jakarta.faces.partial.render", render),
        pair("jakarta.faces.ViewState", state.group(1).replace("&amp;", "&")),
        pair("primefaces.nonce", nonceOf(view)));
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

  @Test
  void
      whatAgentsWriteAsTimeEntriesStatusNotesForwardingReasonsReturnsTransfersAndCaseEmailsStaysInert()
          throws Exception {
    long desk = teams.department(teams.company());
    String writer =
        teams.agent(
            desk,
            "pt-BR",
            EnumSet.of(Permission.CASE_FORWARD, Permission.CASE_TRANSFER),
            Role.AGENT);
    String receiver = teams.agent(desk, "pt-BR", EnumSet.noneOf(Permission.class), Role.AGENT);
    long receiverId = teams.agentId(receiver);
    String address = "xss-" + UUID.randomUUID().toString().substring(0, 8) + "@parceiro.example";
    // The corpus in a few texts of many payloads each: every write is a case's, and each case
    // costs.
    List<String> payloads = chunks(XssCorpus.payloads(OUTSIDE), 1900, "\n");
    List<Long> written = new ArrayList<>();
    List<String> active = new ArrayList<>();
    try (MailServer mail = MailServer.start()) {
      for (int i = 0; i < payloads.size(); i++) {
        String payload = payloads.get(i);
        LocalDate day = LocalDate.of(2026, 1, 1).plusDays(i);
        long caseId =
            openings
                .open(
                    writer,
                    "Maria Oliveira",
                    "Escritos xss",
                    "Pedido.",
                    Priority.NORMAL,
                    null,
                    true)
                .id();
        acting.as(
            writer,
            () ->
                caseEmail.send(
                    new SendCaseEmailCommand(
                        caseId,
                        false,
                        List.of(),
                        address,
                        EnumSet.noneOf(CaseEmailPart.class),
                        List.of(),
                        payload)));
        acting.as(writer, () -> time.log(timeEntry(caseId, day, payload)));
        acting.as(writer, () -> statuses.changeStatus(statusChange(writer, caseId, payload)));
        long version = acting.as(writer, () -> cases.details(caseId)).version();
        acting.as(writer, () -> forwarding.forwardToAgent(caseId, version, receiverId, payload));
        // The receiver gives it back, the payloads its justification.
        long held = acting.as(receiver, () -> cases.details(caseId)).version();
        acting.as(receiver, () -> forwarding.returnToForwarder(caseId, held, payload));
        // Back in the writer's hands, it goes to the receiver by the queue's transfer.
        acting.as(
            writer,
            () ->
                forwarding.transfer(
                    new TransferCommand(List.of(caseId), desk, receiverId, payload)));
        written.add(caseId);
      }
      for (MimeMessage email : emailsTo(mail, address, payloads.size())) {
        String html = MailServer.htmlPart(email);
        String problem = XssCorpus.activeMarkup(html == null ? "" : html, null);
        if (problem != null) {
          active.add("case email " + MailServer.subjectOf(email) + ": " + problem);
        }
        String text = MailServer.textPart(email);
        if (text != null && text.contains(XssCorpus.EVALUATED)) {
          active.add("case email evaluated an expression: " + MailServer.subjectOf(email));
        }
      }
    }

    Visitor visitor = Visitor.loggedInAs(writer);
    for (long caseId : written) {
      String page = "cases/view.xhtml?id=" + caseId;
      HttpResponse<String> view = visitor.get(page);
      check(view, "case page " + caseId, active);
      for (String tab : List.of("timeTab", "historyTab", "forwardingTab", "emailTab")) {
        HttpResponse<String> loaded = visitor.postAjax(page, openTab(view, tab));
        assertEquals(200, loaded.statusCode(), tab + " of case " + caseId);
        String problem = XssCorpus.activeMarkup(loaded.body(), nonceOf(view));
        if (problem != null) {
          active.add(tab + " of case " + caseId + ": " + problem);
        }
      }
    }
    assertEquals(payloads.size(), written.size());
    assertTrue(payloads.size() > 1, "the corpus was split into texts");
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  @Test
  void
      contractsServicesAndEntryTemplatesCarryingThePayloadsStayInertInTheirAdminTablesAndTheTimeTab()
          throws Exception {
    String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    List<String> payloads = XssCorpus.payloads(OUTSIDE);
    // Names hold 120 characters: a marker (to find each row again) and a few payloads each.
    List<String> names = new ArrayList<>();
    for (String chunk : chunks(payloads, 100, " ")) {
      String name = "K" + names.size() + "x" + unique + " " + chunk;
      names.add(name.length() > 120 ? name.substring(0, 120) : name);
    }
    List<String> descriptions = chunks(payloads, EntryTemplate.DESCRIPTION_LENGTH - 100, "\n");
    long desk = teams.department(teams.company());
    String agent = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    long group = teams.group(desk, agent);
    long party = fixtures.party(PartyKind.PERSON, "Tempo xss " + unique, "1133334444", false);
    acting.as(
        "admin",
        () -> {
          timeAdmin.saveDesk(new DeskRow(desk, null, null, EntryMode.WITH_VALUATION, false));
          for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            BigDecimal rate = new BigDecimal("100.00");
            timeAdmin.saveContract(
                new ContractRow(
                    null,
                    0,
                    party,
                    null,
                    name,
                    RateBasis.HOURLY,
                    rate,
                    null,
                    null,
                    LocalDate.now().minusDays(1),
                    null));
            timeAdmin.saveService(
                new ServiceRow(
                    null, 0, party, null, name, RateBasis.HOURLY, rate, null, null, true));
            timeAdmin.saveTemplate(
                new EntryTemplateRow(
                    null,
                    0,
                    group,
                    null,
                    name,
                    Nature.REMOTE,
                    descriptions.get(i % descriptions.size())));
          }
          return null;
        });

    List<String> active = new ArrayList<>();
    Visitor admin = Visitor.loggedInAs("admin");
    HttpResponse<String> page = admin.get("admin/time.xhtml");
    check(page, "time administration", active);
    for (String table :
        List.of(
            "timeAdmin:contractsForm:contracts",
            "timeAdmin:servicesForm:services",
            "timeAdmin:templatesForm:templates")) {
      StringBuilder shown = new StringBuilder();
      for (String rows : tablePages(admin, "admin/time.xhtml", page, table)) {
        shown.append(rows);
        String problem = XssCorpus.activeMarkup(rows, nonceOf(page));
        if (problem != null) {
          active.add(table + ": " + problem);
        }
      }
      for (int i = 0; i < names.size(); i++) {
        assertTrue(shown.toString().contains("K" + i + "x" + unique), table + " lists row " + i);
      }
    }

    // The time tab of a case of that client offers the contracts and services, and the agent's
    // group's templates, by name.
    long caseId = open(agent, party, null, "Tempo xss " + unique, "Pedido.").id();
    String path = "cases/view.xhtml?id=" + caseId;
    Visitor visitor = Visitor.loggedInAs(agent);
    HttpResponse<String> view = visitor.get(path);
    visitor.postAjax(path, openTab(view, "timeTab"));
    // The entry form, where they are offered, is built when the agent asks for a new entry.
    String newEntry = "caseForm:tabs:timeNew";
    HttpResponse<String> tab =
        visitor.postAjax(
            path,
            partial(
                view,
                "caseForm",
                newEntry,
                newEntry,
                "caseForm:tabs:timeEntryFields",
                Map.of(newEntry, newEntry)));
    assertTrue(tab.body().contains("K0x" + unique), "the time tab offers them: " + tab.body());
    String problem = XssCorpus.activeMarkup(tab.body(), nonceOf(view));
    if (problem != null) {
      active.add("time tab: " + problem);
    }
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  /**
   * Every page of a lazy table, as its paginator asks PrimeFaces for them, until a page comes
   * short: the rows of other tests' records may come first.
   */
  private static List<String> tablePages(
      Visitor visitor, String path, HttpResponse<String> view, String table) throws Exception {
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(view.body());
    assertTrue(state.find(), "the page has a view state");
    String form = table.substring(0, table.lastIndexOf(':'));
    List<String> pages = new ArrayList<>();
    for (int first = 0; first < 1000; first += 20) {
      HttpResponse<String> rows =
          visitor.postAjax(
              path,
              String.join(
                  "&",
                  pair(form, form),
                  pair("jakarta.faces.partial.ajax", "true"),
                  pair("jakarta.faces.source", table),
                  pair("jakarta.faces.partial.execute", table),
                  pair("jakarta.faces.partial.render", table),
                  pair("jakarta.faces.behavior.event", "page"),
                  pair("jakarta.faces.partial.event", "page"),
                  pair(table + "_pagination", "true"),
                  pair(table + "_first", String.valueOf(first)),
                  pair(table + "_rows", "20"),
                  pair(table + "_skipChildren", "true"),
                  pair(table + "_encodeFeature", "true"),
                  pair("jakarta.faces.ViewState", state.group(1).replace("&amp;", "&")),
                  pair("primefaces.nonce", nonceOf(view))));
      assertEquals(200, rows.statusCode(), table + " from " + first);
      pages.add(rows.body());
      if (rows.body().split("data-ri=\"", -1).length - 1 < 20) {
        break;
      }
    }
    return pages;
  }

  @Test
  void mailboxSettingsCarryingThePayloadsStayInertOnTheMailboxPageStoredOrRefused()
      throws Exception {
    int port = Integer.getInteger("atende.imap.port", 3143);
    Visitor admin = Visitor.loggedInAs("admin");
    List<String> active = new ArrayList<>();
    try {
      // The user and the folder take a text each: every save shows two of them.
      List<String> chunks = chunks(XssCorpus.payloads(OUTSIDE), 250, " ");
      for (int i = 0; i < chunks.size(); i += 2) {
        String user = chunks.get(i);
        String folder = chunks.get(Math.min(i + 1, chunks.size() - 1));
        acting.as(
            "admin",
            () -> {
              mailboxReview.save(
                  new MailboxForm("127.0.0.1", port, user, "segredo", folder, 60, false));
              return null;
            });
        HttpResponse<String> page = admin.get("admin/mailbox.xhtml");
        check(page, "mailbox settings " + user, active);
      }
      // The host must be a host name: the corpus typed there is refused and shown back.
      HttpResponse<String> page = admin.get("admin/mailbox.xhtml");
      String button = "mailboxForm:saveSettings";
      HttpResponse<String> refused =
          admin.postAjax(
              "admin/mailbox.xhtml",
              partial(
                  page,
                  "mailboxForm",
                  button,
                  button + " mailboxForm:settingsGrid",
                  "mailboxForm:settingsGrid",
                  Map.of(
                      button,
                      button,
                      "mailboxForm:host",
                      String.join(" ", XssCorpus.payloads(OUTSIDE)))));
      assertTrue(refused.body().contains("ui-messages-error"), "refused: " + refused.body());
      String problem = XssCorpus.activeMarkup(refused.body(), nonceOf(page));
      if (problem != null) {
        active.add("refused mailbox host: " + problem);
      }
    } finally {
      acting.as(
          "admin",
          () -> {
            mailboxReview.save(
                new MailboxForm("127.0.0.1", port, "suporte", "segredo", "INBOX", 60, false));
            return null;
          });
    }
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  @Test
  void
      namesAdministratorsGiveOrChangeForDepartmentsAgentsHolidaysAndCustomFieldsStayInertWhereShown()
          throws Exception {
    String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    List<String> names = new ArrayList<>();
    for (String chunk : chunks(XssCorpus.payloads(OUTSIDE), 100, " ")) {
      String name = "N" + names.size() + "x" + unique + " " + chunk;
      names.add(name.length() > 120 ? name.substring(0, 120) : name);
    }
    long company = teams.companyId(teams.company());
    long acme =
        acting.as("admin", () -> holidayAdmin.companies()).stream()
            .filter(c -> c.name().equals("ACME Indústria e Comércio"))
            .findFirst()
            .orElseThrow()
            .id();
    long type = setup.caseType("Campos xss");
    Map<LocalDate, String> national = acting.as("admin", () -> holidayAdmin.nationalHolidays(2040));
    List<Long> holidays = new ArrayList<>();
    acting.as(
        "admin",
        () -> {
          LocalDate day = LocalDate.of(2040, 3, 1);
          for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            long department = departmentAdmin.create(new DepartmentForm(company, name));
            // Renamed as the departments page does: the new name is what its table shows.
            String renamed = "R" + name;
            departmentAdmin.rename(
                department, renamed.length() > 120 ? renamed.substring(0, 120) : renamed);
            // The catalogue's pages share one template: a general category stands for its lists,
            // a profile (names up to 80) for its names in the agents page's picker.
            catalogue.create(CatalogueKind.CASE_CATEGORY, CatalogueEntryForm.named(company, name));
            catalogue.create(
                CatalogueKind.PROFILE,
                CatalogueEntryForm.named(null, name.length() > 80 ? name.substring(0, 80) : name));
            agentAdmin.create(
                new AgentForm(
                    "n" + i + "x" + unique,
                    name,
                    "n" + i + "x" + unique + "@acme.example",
                    "pt-BR",
                    department,
                    0,
                    Set.of(Role.AGENT),
                    null,
                    true));
            do {
              day = day.plusDays(1);
            } while (national.containsKey(day));
            holidays.add(holidayAdmin.addHoliday(acme, day, name));
            long field =
                fieldAdmin.saveField(
                    new FieldDefinition(
                        null,
                        type,
                        name,
                        FieldType.SINGLE_CHOICE,
                        name,
                        i,
                        false,
                        null,
                        true,
                        List.of()));
            fieldAdmin.addOption(field, name, 1);
          }
          return null;
        });

    List<String> active = new ArrayList<>();
    try {
      Visitor admin = Visitor.loggedInAs("admin");
      for (String[] table :
          new String[][] {
            {"admin/departments.xhtml", "departmentsForm:departments"},
            {"admin/agents.xhtml", "agentsForm:agents"},
            {"admin/holidays.xhtml", "holidaysForm:holidays"},
            {"admin/categories.xhtml", "catalogueForm:entries"}
          }) {
        HttpResponse<String> page = admin.get(table[0]);
        check(page, table[0], active);
        StringBuilder shown = new StringBuilder();
        for (String rows : tablePages(admin, table[0], page, table[1])) {
          shown.append(rows);
          String problem = XssCorpus.activeMarkup(rows, nonceOf(page));
          if (problem != null) {
            active.add(table[1] + ": " + problem);
          }
        }
        for (int i = 0; i < names.size(); i++) {
          assertTrue(shown.toString().contains("N" + i + "x" + unique), table[1] + " lists " + i);
        }
      }
      // The custom fields' page, on the case type, and the case's tab show names, help and options.
      HttpResponse<String> editor = admin.get("admin/custom-fields.xhtml");
      // The page opens on the first company by name and its first type, which other tests' may
      // precede: ACME, then the type, are chosen as the browser does (a selectOneMenu's "_input"
      // and its "valueChange" behaviour, the event its listener answers).
      admin.postAjax(
          "admin/custom-fields.xhtml",
          ajax(
                  editor,
                  "customFieldsForm",
                  "customFieldsForm:company",
                  "customFieldsForm",
                  "customFieldsForm:company_input",
                  String.valueOf(setup.acmeId()))
              + "&jakarta.faces.behavior.event=valueChange&jakarta.faces.partial.event=change");
      HttpResponse<String> fields =
          admin.postAjax(
              "admin/custom-fields.xhtml",
              ajax(
                      editor,
                      "customFieldsForm",
                      "customFieldsForm:caseType",
                      "customFieldsForm",
                      "customFieldsForm:caseType_input",
                      String.valueOf(type))
                  + "&jakarta.faces.behavior.event=valueChange&jakarta.faces.partial.event=change");
      assertTrue(fields.body().contains("N0x" + unique), "the fields are listed: " + fields.body());
      String problem = XssCorpus.activeMarkup(fields.body(), nonceOf(editor));
      if (problem != null) {
        active.add("custom fields page: " + problem);
      }
      long caseId = openOfType("ana", type);
      Visitor ana = Visitor.loggedInAs("ana");
      String path = "cases/view.xhtml?id=" + caseId;
      HttpResponse<String> view = ana.get(path);
      HttpResponse<String> tab = ana.postAjax(path, openTab(view, "customFieldsTab"));
      assertTrue(tab.body().contains("N0x" + unique), "the tab shows the fields: " + tab.body());
      problem = XssCorpus.activeMarkup(tab.body(), nonceOf(view));
      if (problem != null) {
        active.add("custom fields tab: " + problem);
      }
    } finally {
      acting.as(
          "admin",
          () -> {
            for (long holiday : holidays) {
              holidayAdmin.removeHoliday(holiday);
            }
            return null;
          });
    }
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  @Test
  void whatAgentsWriteWhenEditingEscalatingGeneratingAndRecordingUnderstandingStaysInert()
      throws Exception {
    String company = teams.company();
    long desk = teams.department(company);
    long other = teams.department(company);
    String writer = teams.agent(desk, "pt-BR", EnumSet.noneOf(Permission.class), Role.AGENT);
    List<String> payloads = XssCorpus.payloads(OUTSIDE);
    List<String> subjects = chunks(payloads, 190, " ");
    List<String> texts = chunks(payloads, 3900, "\n");
    long caseId =
        openings
            .open(writer, "Maria Oliveira", "Edição xss", "Pedido.", Priority.NORMAL, null, true)
            .id();
    List<Long> children = new ArrayList<>();
    for (int i = 0; i < subjects.size(); i++) {
      String subject = subjects.get(i);
      String text = texts.get(i % texts.size());
      acting.as(
          writer,
          () -> {
            CaseDetails before = cases.details(caseId);
            return cases.edit(
                new EditCaseCommand(
                    caseId,
                    before.version(),
                    subject,
                    text,
                    before.priority(),
                    LocalDateTime.now().plusDays(3).withNano(0),
                    before.caseTypeId(),
                    null,
                    null,
                    null,
                    null,
                    text));
          });
      children.add(
          acting
              .as(
                  writer,
                  () ->
                      links.escalate(
                          new EscalateCommand(caseId, other, subject, text, Priority.NORMAL)))
              .id());
      acting.as(
          writer,
          () -> links.generateFrom(new GenerateCaseCommand(caseId, subject, text, Set.of())));
    }
    for (String text : texts) {
      acting.as(
          writer, () -> understanding.add(new AddUnderstandingCommand(List.of(caseId), text)));
    }

    List<String> active = new ArrayList<>();
    Visitor visitor = Visitor.loggedInAs(writer);
    String page = "cases/view.xhtml?id=" + caseId;
    HttpResponse<String> view = visitor.get(page);
    check(view, "edited case", active);
    for (String tab : List.of("linksTab", "understandingTab", "historyTab", "auditTab")) {
      HttpResponse<String> loaded = visitor.postAjax(page, openTab(view, tab));
      assertEquals(200, loaded.statusCode(), tab);
      String problem = XssCorpus.activeMarkup(loaded.body(), nonceOf(view));
      if (problem != null) {
        active.add(tab + ": " + problem);
      }
    }
    check(visitor.get("cases/view.xhtml?id=" + children.get(0)), "escalation", active);
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  @Test
  void mailTemplatesCarryingThePayloadsStayInertOnTheirPageAndInTheEmailAboutACase()
      throws Exception {
    List<String> payloads = XssCorpus.payloads(OUTSIDE);
    // The subject holds 250 characters: the corpus in a few subjects, each saved and shown.
    List<String> subjects = chunks(payloads, MailTemplate.MAX_SUBJECT - 20, " ");
    String body = String.join("\n", payloads) + "\n\n{message}";
    String address = "modelo-" + UUID.randomUUID().toString().substring(0, 8) + "@parceiro.example";
    long caseId =
        openings.open("ana", "Maria", "Modelo xss", "Pedido.", Priority.NORMAL, null, true).id();
    List<String> active = new ArrayList<>();
    Visitor admin = Visitor.loggedInAs("admin");
    try (MailServer mail = MailServer.start()) {
      for (String subject : subjects) {
        acting.as(
            "admin",
            () -> {
              mailTemplates.save(MailTemplate.CASE_EMAIL, "pt-BR", "{caseNumber} " + subject, body);
              return null;
            });
        check(admin.get("admin/mail-templates.xhtml"), "mail template " + subject, active);
      }
      acting.as(
          "ana",
          () ->
              caseEmail.send(
                  new SendCaseEmailCommand(
                      caseId,
                      false,
                      List.of(),
                      address,
                      EnumSet.noneOf(CaseEmailPart.class),
                      List.of(),
                      "Mensagem.")));
      MimeMessage email = emailsTo(mail, address, 1).get(0);
      String html = MailServer.htmlPart(email);
      assertTrue(html != null && html.contains("onerror"), "the email is the template's: " + html);
      String problem = XssCorpus.activeMarkup(html, null);
      if (problem != null) {
        active.add("email from the template: " + problem);
      }
      if (MailServer.textPart(email).contains(XssCorpus.EVALUATED)) {
        active.add("the email from the template evaluated an expression");
      }
    } finally {
      acting.as(
          "admin",
          () -> {
            mailTemplates.reset(MailTemplate.CASE_EMAIL, "pt-BR");
            return null;
          });
    }
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  @Test
  void workflowStepNamesAndRefusedRecipientsCarryingThePayloadsStayInertOnTheWorkflowPage()
      throws Exception {
    String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    List<String> payloads = XssCorpus.payloads(OUTSIDE);
    // The page opens on the first company by name and its first type: ACME, whose type this is, is
    // chosen first, then the type, by the selects' "valueChange" behaviour as the browser sends it
    // (their listeners do not answer a "change"). A type listed before it makes the page open on
    // another type whichever tests ran before, so that the choice is always exercised.
    setup.caseType("AAA antes");
    long type = setup.caseType("Fluxo xss");
    List<String> names = new ArrayList<>();
    for (String chunk : chunks(payloads, 100, " ")) {
      String name = "W" + names.size() + "x" + unique + " " + chunk;
      names.add(name.length() > 120 ? name.substring(0, 120) : name);
    }
    acting.as(
        "admin",
        () -> {
          for (int i = 0; i < names.size(); i++) {
            workflows.save(
                new SaveStepCommand(
                    null,
                    0,
                    type,
                    i + 1,
                    names.get(i),
                    StepTarget.HOLDER,
                    null,
                    null,
                    Set.of(),
                    List.of("passo" + i + "@parceiro.example"),
                    true));
          }
          return null;
        });

    List<String> active = new ArrayList<>();
    Visitor admin = Visitor.loggedInAs("admin");
    HttpResponse<String> page = admin.get("admin/workflow.xhtml");
    check(page, "workflow page", active);
    admin.postAjax(
        "admin/workflow.xhtml",
        partial(
            page,
            "workflowForm",
            "workflowForm:company",
            "workflowForm:company",
            "workflowForm",
            Map.of(
                "workflowForm:company_input",
                String.valueOf(setup.acmeId()),
                "jakarta.faces.behavior.event",
                "valueChange",
                "jakarta.faces.partial.event",
                "change")));
    HttpResponse<String> steps =
        admin.postAjax(
            "admin/workflow.xhtml",
            partial(
                page,
                "workflowForm",
                "workflowForm:caseType",
                "workflowForm:caseType",
                "workflowForm",
                Map.of(
                    "workflowForm:caseType_input",
                    String.valueOf(type),
                    "jakarta.faces.behavior.event",
                    "valueChange",
                    "jakarta.faces.partial.event",
                    "change")));
    for (int i = 0; i < names.size(); i++) {
      assertTrue(
          steps.body().contains("W" + i + "x" + unique),
          "the page lists step " + i + "; it answered:\n" + steps.body());
    }
    String problem = XssCorpus.activeMarkup(steps.body(), nonceOf(page));
    if (problem != null) {
      active.add("workflow steps: " + problem);
    }
    // Recipients must be addresses: a payload typed there is refused, and the page says which.
    admin.postAjax(
        "admin/workflow.xhtml",
        partial(
            page,
            "workflowForm",
            "workflowForm:newStep",
            "workflowForm:newStep",
            "workflowForm:stepForm",
            Map.of("workflowForm:newStep", "workflowForm:newStep")));
    // The whole corpus on one line: the first "address" is named in the message, and the form
    // shows the whole text again.
    String typed = String.join(" ", payloads);
    HttpResponse<String> refused =
        admin.postAjax(
            "admin/workflow.xhtml",
            partial(
                page,
                "workflowForm",
                "workflowForm:saveStep",
                "workflowForm:stepForm",
                "workflowForm",
                Map.of(
                    "workflowForm:saveStep",
                    "workflowForm:saveStep",
                    "workflowForm:name",
                    "Recusado " + unique,
                    "workflowForm:recipients",
                    typed)));
    assertTrue(refused.body().contains("ui-messages-error"), "refused: " + refused.body());
    problem = XssCorpus.activeMarkup(refused.body(), nonceOf(page));
    if (problem != null) {
      active.add("refused recipients: " + problem);
    }
    assertEquals(
        names.size(),
        acting.as("admin", () -> workflows.steps(type)).size(),
        "no refused step was saved");
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  @Test
  void manualValueReasonsAndChargeNamesCarryingThePayloadsStayInertInTheTimeTabAndTheMonthsCsv()
      throws Exception {
    String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    List<String> payloads = XssCorpus.payloads(OUTSIDE);
    String company = teams.company();
    long desk = teams.department(company);
    String agent = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
    // The client's name and some contracts' start as a spreadsheet formula would.
    long party =
        fixtures.party(
            PartyKind.PERSON, "=HYPERLINK(\"" + OUTSIDE + "/\",\"ver\") " + unique, "1", false);
    List<String> names =
        new ArrayList<>(
            List.of(
                "=1+1 " + unique, "+SUM(1+1) " + unique, "-2+3 " + unique, "@SUM(1) " + unique));
    for (String chunk : chunks(payloads, 100, " ")) {
      String name = "C" + names.size() + "x" + unique + " " + chunk;
      names.add(name.length() > 120 ? name.substring(0, 120) : name);
    }
    LocalDate day = LocalDate.now().minusDays(1);
    List<Long> contracts =
        acting.as(
            "admin",
            () -> {
              timeAdmin.saveDesk(new DeskRow(desk, null, null, EntryMode.WITH_VALUATION, false));
              List<Long> ids = new ArrayList<>();
              for (String name : names) {
                ids.add(
                    timeAdmin.saveContract(
                        new ContractRow(
                            null,
                            0,
                            party,
                            null,
                            name,
                            RateBasis.HOURLY,
                            new BigDecimal("60.00"),
                            null,
                            null,
                            day,
                            null)));
              }
              return ids;
            });
    long rated = open(agent, party, null, "Consumo xss " + unique, "Pedido.").id();
    for (int i = 0; i < contracts.size(); i++) {
      LocalTime start = LocalTime.of(0, 0).plusMinutes(10L * i);
      long contract = contracts.get(i);
      acting.as(
          agent, () -> time.log(charged(rated, day, start, contract, ValuationKind.RATED, null)));
    }
    // A manual value's reason shows in the entry's form: the entries of one case (a page of the
    // tab holds ten), each opened for editing.
    Visitor visitor = Visitor.loggedInAs(agent);
    List<String> active = new ArrayList<>();
    List<String> reasons = chunks(payloads, 480, " ");
    assertTrue(reasons.size() <= 10, "the reasons' entries fit a page of the time tab");
    long manual = open(agent, party, null, "Valor xss " + unique, "Pedido.").id();
    for (int i = 0; i < reasons.size(); i++) {
      String reason = "M" + i + "x" + unique + " " + reasons.get(i);
      LocalTime start = LocalTime.of(12, 0).plusMinutes(10L * i);
      acting.as(
          agent,
          () ->
              time.log(
                  charged(manual, day, start, contracts.get(0), ValuationKind.MANUAL, reason)));
    }
    String path = "cases/view.xhtml?id=" + manual;
    HttpResponse<String> view = visitor.get(path);
    assertEquals(200, visitor.postAjax(path, openTab(view, "timeTab")).statusCode());
    StringBuilder forms = new StringBuilder();
    for (int row = 0; row < reasons.size(); row++) {
      String edit = "caseForm:tabs:timeEntriesTable:" + row + ":editEntry";
      HttpResponse<String> form =
          visitor.postAjax(
              path,
              partial(
                  view,
                  "caseForm",
                  edit,
                  edit,
                  "caseForm:tabs:timeEntryFields",
                  Map.of(edit, edit)));
      forms.append(form.body());
      String problem = XssCorpus.activeMarkup(form.body(), nonceOf(view));
      if (problem != null) {
        active.add("manual value's reason of row " + row + ": " + problem);
      }
    }
    for (int i = 0; i < reasons.size(); i++) {
      assertTrue(forms.toString().contains("M" + i + "x" + unique), "reason " + i + " shows");
    }

    long report =
        acting.as("admin", () -> reports.start(teams.companyId(company), YearMonth.from(day)));
    Instant deadline = Instant.now().plusSeconds(60);
    ReportProgress progress = acting.as("admin", () -> reports.progress(report));
    while (progress.isRunning() && Instant.now().isBefore(deadline)) {
      Thread.sleep(100); // polled: the report is a batch job
      progress = acting.as("admin", () -> reports.progress(report));
    }
    String csv = new String(acting.as("admin", () -> reports.csv(report)), StandardCharsets.UTF_8);
    assertTrue(csv.contains("C4x" + unique), "the month's CSV holds the charges: " + csv);
    List<String> formulaCells = formulaCells(csv);
    assertEquals(List.of(), formulaCells, "cells a spreadsheet would evaluate");
    assertTrue(!csv.contains(XssCorpus.EVALUATED), "nothing evaluated");
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  /** A time entry of ten minutes charged under a contract, rated or of a typed value. */
  private static LogTimeCommand charged(
      long caseId,
      LocalDate day,
      LocalTime start,
      long contractId,
      ValuationKind valuation,
      String manualReason) {
    boolean manual = valuation == ValuationKind.MANUAL;
    return new LogTimeCommand(
        caseId,
        null,
        0,
        day,
        start,
        start.plusMinutes(10),
        Nature.REMOTE,
        null,
        ServiceType.CONTRACT,
        contractId,
        null,
        valuation,
        manual ? new BigDecimal("15.00") : null,
        manualReason,
        "Apontamento.",
        false);
  }

  /** The cells of an RFC 4180 CSV a spreadsheet would take for a formula. */
  private static List<String> formulaCells(String csv) {
    List<String> formulas = new ArrayList<>();
    for (List<String> row : InjectionIT.parse(csv)) {
      for (String cell : row) {
        if (cell.matches("(?s)^[\\s]*[=+\\-@].*") && !cell.strip().matches("-?[0-9.,]+")) {
          formulas.add(cell);
        }
      }
    }
    return formulas;
  }

  @Test
  void anFaqRequestRejectedWithThePayloadsAsItsReasonStaysInertInTheRequestersEmailAndTheOutbox()
      throws Exception {
    String faqWord = "Recusa" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    List<String> reasons = chunks(XssCorpus.payloads(OUTSIDE), FaqEntry.REASON_MAX, "\n");
    long caseId =
        openings
            .open("ana", "Maria", "FAQ recusa xss", "Pedido.", Priority.NORMAL, null, true)
            .id();
    List<String> active = new ArrayList<>();
    try (MailServer mail = MailServer.start()) {
      for (int i = 0; i < reasons.size(); i++) {
        String question = faqWord + "q" + i + " pergunta?";
        String reason = reasons.get(i);
        long id =
            acting.as(
                "ana",
                () -> faq.request(new RequestFaqCommand(caseId, question, "<p>resposta</p>")));
        long version =
            acting.as("carla", () -> faq.reviewQueue(PageRequest.of(0, 500))).stream()
                .filter(item -> item.id() == id)
                .findFirst()
                .orElseThrow()
                .version();
        acting.as(
            "carla",
            () -> {
              faq.reject(new RejectFaqCommand(id, version, reason));
              return null;
            });
      }
      for (int i = 0; i < reasons.size(); i++) {
        MimeMessage email = mail.awaitEmail(faqWord + "q" + i);
        String html = MailServer.htmlPart(email);
        String problem = XssCorpus.activeMarkup(html == null ? "" : html, null);
        if (problem != null) {
          active.add("rejection email " + i + ": " + problem);
        }
        if (MailServer.textPart(email).contains(XssCorpus.EVALUATED)) {
          active.add("rejection email " + i + " evaluated an expression");
        }
      }
    }
    check(Visitor.loggedInAs("admin").get("admin/outbox.xhtml"), "outbox", active);
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  @Test
  void aSatisfactionCommentAndTheLoginsTypedOnThePublicPagesStayInertThere() throws Exception {
    String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    List<String> payloads = XssCorpus.payloads(OUTSIDE);
    // Two comments hold the corpus (2,000 characters each); the whole corpus at once is too long,
    // refused, and shown again in the form.
    List<String> comments = new ArrayList<>();
    for (String chunk : chunks(payloads, 1900, "\n")) {
      comments.add("S" + comments.size() + "x" + unique + "\n" + chunk);
    }
    String tooLong = "S" + comments.size() + "x" + unique + "\n" + String.join("\n", payloads);
    assertTrue(tooLong.length() > 2000, "the corpus is longer than a comment");
    comments.add(tooLong);
    PartyOption metalurgica =
        acting.as("ana", () -> parties.lookup(null, LookupBy.NAME_OR_TAX_ID, "Metalúrgica").get(0));
    ContactOption paulo =
        acting.as("ana", () -> parties.contactsOf(metalurgica.id())).stream()
            .filter(c -> c.name().equals("Paulo Santos"))
            .findFirst()
            .orElseThrow();
    Pattern link = Pattern.compile("public/case-response\\.xhtml\\?token=([A-Za-z0-9_-]{43})");
    List<String> active = new ArrayList<>();
    Visitor ana = Visitor.loggedInAs("ana");
    try (MailServer mail = MailServer.start()) {
      for (int i = 0; i < comments.size(); i++) {
        String comment = comments.get(i);
        OpenedCase opened =
            open("ana", metalurgica.id(), paulo.id(), "Satisfação xss " + unique, "Pedido.");
        long version = acting.as("ana", () -> cases.details(opened.id())).version();
        acting.as(
            "ana",
            () ->
                statuses.changeStatus(
                    new ChangeStatusCommand(
                        opened.id(), version, CaseStatus.NOTIFIED, null, null)));
        Matcher token =
            link.matcher(MailServer.textPart(mail.awaitEmail(opened.number(), "Solução")));
        assertTrue(token.find(), "the solution email links its page");
        String path = "public/case-response.xhtml?token=" + token.group(1);
        Visitor client = Visitor.anonymous();
        HttpResponse<String> page = client.get(path);
        check(page, "public answer page", active);
        Matcher state = VIEW_STATE.matcher(page.body());
        assertTrue(state.find(), "the public page has a view state");
        HttpResponse<String> answered =
            client.post(
                path,
                String.join(
                    "&",
                    pair("response", "response"),
                    pair("response:rating", "5"),
                    pair("response:comment", comment),
                    pair("response:confirm", "confirm"),
                    pair("jakarta.faces.ViewState", state.group(1).replace("&amp;", "&")),
                    pair("primefaces.nonce", nonceOf(page))));
        check(answered, "the public page answered with comment " + i, active);
        boolean refused = i == comments.size() - 1;
        assertEquals(
            refused,
            answered.body().contains("S" + i + "x" + unique),
            "only a refused comment is shown again");
        CaseStatus status = acting.as("ana", () -> cases.details(opened.id())).status();
        assertEquals(refused ? CaseStatus.NOTIFIED : CaseStatus.CONFIRMED, status);
        if (!refused) {
          HttpResponse<String> casePage = ana.get("cases/view.xhtml?id=" + opened.id());
          assertTrue(casePage.body().contains("S" + i + "x" + unique), "the case shows it");
          check(casePage, "case answered with comment " + i, active);
        }
      }
    }
    // The other public form: a forgotten password's login, answered the same whatever it is.
    Visitor stranger = Visitor.anonymous();
    HttpResponse<String> forgot = stranger.get("public/forgot.xhtml");
    Matcher state = VIEW_STATE.matcher(forgot.body());
    assertTrue(state.find(), "the forgotten password page has a view state");
    check(
        stranger.post(
            "public/forgot.xhtml",
            String.join(
                "&",
                pair("forgot", "forgot"),
                pair("forgot:login", String.join(" ", payloads)),
                pair("forgot:send", "send"),
                pair("jakarta.faces.ViewState", state.group(1).replace("&amp;", "&")),
                pair("primefaces.nonce", nonceOf(forgot)))),
        "forgotten password answered",
        active);
    // And the login form's, which answers a failed login with its own page.
    Visitor visitor = Visitor.anonymous();
    visitor.get("index.xhtml");
    check(
        visitor.post(
            "j_security_check",
            pair("j_username", String.join(" ", payloads)) + "&" + pair("j_password", "x")),
        "failed login",
        active);
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  @Test
  void contactsEditedInTheCasesContactsTabStayInertThereAndARefusedEmailIsShownBackInert()
      throws Exception {
    String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    long desk = teams.department(teams.company());
    String writer = teams.agent(desk, "pt-BR", EnumSet.of(Permission.CONTACT_EDIT), Role.AGENT);
    List<String> names = new ArrayList<>();
    for (String chunk : chunks(XssCorpus.payloads(OUTSIDE), 100, " ")) {
      String name = "K" + names.size() + "x" + unique + " " + chunk;
      names.add(name.length() > 120 ? name.substring(0, 120) : name);
    }
    Visitor visitor = Visitor.loggedInAs(writer);
    List<String> active = new ArrayList<>();
    // The tab shows ten contacts a page: a client per ten names.
    for (int from = 0; from < names.size(); from += 10) {
      List<String> batch = names.subList(from, Math.min(from + 10, names.size()));
      long party = fixtures.party(PartyKind.PERSON, "Contatos xss " + unique, "1", false);
      for (int i = 0; i < batch.size(); i++) {
        fixtures.contact(party, "Contato " + i, "11999990000", writer);
      }
      long caseId = open(writer, party, null, "Contatos xss " + unique, "Pedido.").id();
      List<CaseContactRow> rows =
          acting.as(writer, () -> caseContacts.contacts(caseId, PageRequest.of(0, 10)));
      assertEquals(batch.size(), rows.size());
      for (int i = 0; i < rows.size(); i++) {
        CaseContactRow row = rows.get(i);
        String name = batch.get(i);
        String phone = name.substring(name.indexOf(' ') + 1);
        acting.as(
            writer,
            () -> {
              caseContacts.edit(
                  new EditContactCommand(
                      caseId,
                      row.id(),
                      row.version(),
                      name,
                      null,
                      phone.length() > 40 ? phone.substring(0, 40) : phone));
              return null;
            });
      }
      String path = "cases/view.xhtml?id=" + caseId;
      HttpResponse<String> view = visitor.get(path);
      check(view, "case of contacts from " + from, active);
      HttpResponse<String> tab = visitor.postAjax(path, openTab(view, "contactsTab"));
      for (int i = from; i < from + batch.size(); i++) {
        assertTrue(tab.body().contains("K" + i + "x" + unique), "the tab lists contact " + i);
      }
      String problem = XssCorpus.activeMarkup(tab.body(), nonceOf(view));
      if (problem != null) {
        active.add("contacts tab from " + from + ": " + problem);
      }
      if (from == 0) {
        // An email that is no address is refused, and the form shows it back.
        Matcher edit = CONTACT_EDIT.matcher(tab.body());
        assertTrue(edit.find(), "the tab offers to edit a contact: " + tab.body());
        String button = edit.group(1);
        visitor.postAjax(
            path,
            partial(
                view,
                "caseForm",
                button,
                button,
                "caseForm:tabs:contactEdit",
                Map.of(button, button)));
        String save = "caseForm:tabs:saveContact";
        HttpResponse<String> refused =
            visitor.postAjax(
                path,
                partial(
                    view,
                    "caseForm",
                    save,
                    save + " caseForm:tabs:contactEdit",
                    "caseForm:tabs:contactEdit",
                    Map.of(
                        save,
                        save,
                        "caseForm:tabs:contactName",
                        "Contato",
                        "caseForm:tabs:contactEmail",
                        String.join(" ", XssCorpus.payloads(OUTSIDE)))));
        assertTrue(refused.body().contains("ui-messages-error"), "refused: " + refused.body());
        problem = XssCorpus.activeMarkup(refused.body(), nonceOf(view));
        if (problem != null) {
          active.add("refused contact email: " + problem);
        }
      }
    }
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  @Test
  void aGroupMembersLoginOrACompanysCodeTypedByAnAdministratorAndRefusedIsShownBackInert()
      throws Exception {
    Visitor admin = Visitor.loggedInAs("admin");
    HttpResponse<String> page = admin.get("admin/agent-groups.xhtml");
    String open = "catalogueForm:entries:0:openMembers";
    assertTrue(page.body().contains(open), "the page lists a group");
    admin.postAjax(
        "admin/agent-groups.xhtml",
        partial(page, "catalogueForm", open, open, "membersForm", Map.of(open, open)));
    String add = "membersForm:addMember";
    HttpResponse<String> refused =
        admin.postAjax(
            "admin/agent-groups.xhtml",
            partial(
                page,
                "membersForm",
                add,
                add + " membersForm:newMember",
                "membersForm",
                Map.of(
                    add, add, "membersForm:login", String.join(" ", XssCorpus.payloads(OUTSIDE)))));
    assertTrue(refused.body().contains("ui-messages-error"), "refused: " + refused.body());
    List<String> active = new ArrayList<>();
    String problem = XssCorpus.activeMarkup(refused.body(), nonceOf(page));
    if (problem != null) {
      active.add("refused member login: " + problem);
    }
    // A company's code is letters, digits, "_" and "-": the corpus is refused, nothing is made.
    HttpResponse<String> companies = admin.get("admin/companies.xhtml");
    String save = "catalogueForm:saveEntry";
    HttpResponse<String> code =
        admin.postAjax(
            "admin/companies.xhtml",
            partial(
                companies,
                "catalogueForm",
                save,
                save + " catalogueForm:entryEditor",
                "catalogueForm",
                Map.of(
                    save,
                    save,
                    "catalogueForm:name",
                    "Coligada recusada",
                    "catalogueForm:code",
                    String.join(" ", XssCorpus.payloads(OUTSIDE)))));
    assertTrue(code.body().contains("ui-messages-error"), "refused: " + code.body());
    problem = XssCorpus.activeMarkup(code.body(), nonceOf(companies));
    if (problem != null) {
      active.add("refused company code: " + problem);
    }
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  @Test
  void whatIsTypedIntoTheFiltersOfTheQueueTheSearchesAndTheAdminListsIsShownBackAsInertText()
      throws Exception {
    List<String> payloads = XssCorpus.payloads(OUTSIDE);
    long type = setup.caseType("Xss filtro");
    long field = define(type, "Filtro xss", FieldType.TEXT, 1);
    List<String> active = new ArrayList<>();
    Visitor ana = Visitor.loggedInAs("ana");
    // The whole corpus in one value each: what is posted is taken whatever an input's maxlength.
    String typed = String.join(" ", payloads);
    check(
        ana.get("cases/search.xhtml?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8)),
        "search",
        active);
    HttpResponse<String> queue = ana.get("cases/queue.xhtml");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("queueForm:applyFilter", "queueForm:applyFilter");
    fields.put("queueForm:filterField_input", String.valueOf(field));
    fields.put("queueForm:filterValue", typed);
    HttpResponse<String> filtered =
        ana.postAjax(
            "cases/queue.xhtml",
            partial(
                queue,
                "queueForm",
                "queueForm:applyFilter",
                "queueForm:queueFilter",
                "queueForm:queueFilter queueForm:queue",
                fields));
    assertTrue(filtered.body().contains("filterValue"), "the filter is shown again");
    String problem = XssCorpus.activeMarkup(filtered.body(), nonceOf(queue));
    if (problem != null) {
      active.add("queue filter: " + problem);
    }
    HttpResponse<String> faqSearch = ana.get("faq/search.xhtml");
    HttpResponse<String> found =
        ana.postAjax(
            "faq/search.xhtml",
            ajax(faqSearch, "faqForm", "faqForm:search", "faqForm", "faqForm:terms", typed));
    problem = XssCorpus.activeMarkup(found.body(), nonceOf(faqSearch));
    if (problem != null) {
      active.add("FAQ search: " + problem);
    }
    Visitor admin = Visitor.loggedInAs("admin");
    for (String[] list :
        new String[][] {
          {"admin/departments.xhtml", "departmentsForm", "departmentFilter", "departments"},
          {"admin/agents.xhtml", "agentsForm", "agentFilter", "agents"},
          {"admin/categories.xhtml", "catalogueForm", "entryFilter", "entries"}
        }) {
      HttpResponse<String> page = admin.get(list[0]);
      String form = list[1];
      String button = form + ":applyFilter";
      HttpResponse<String> listed =
          admin.postAjax(
              list[0],
              partial(
                  page,
                  form,
                  button,
                  form + ":" + list[2],
                  form + ":" + list[2] + " " + form + ":" + list[3],
                  Map.of(button, button, form + ":filter", typed)));
      assertEquals(200, listed.statusCode(), list[0]);
      problem = XssCorpus.activeMarkup(listed.body(), nonceOf(page));
      if (problem != null) {
        active.add(list[0] + " filtered: " + problem);
      }
    }
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  @Test
  void aPartyImportNamedAndFilledWithThePayloadsStaysInertOnItsPageAndItsReportStartsNoFormula()
      throws Exception {
    List<String> payloads = XssCorpus.payloads(OUTSIDE);
    // Every row is refused (an unknown kind, an invalid CPF/CNPJ): nothing is added to the
    // clients, and the report names each row's problems.
    StringBuilder rows = new StringBuilder("kind,name,tax_id\r\n");
    for (String payload : payloads) {
      rows.append(csvCell(payload))
          .append(',')
          .append(csvCell(payload))
          .append(',')
          .append(csvCell("=1+1"))
          .append("\r\n");
    }
    byte[] refused = rows.toString().getBytes(StandardCharsets.UTF_8);
    // The file's name is shown on the page; it holds 255 characters (an import is a batch job:
    // one, not a name per chunk of the corpus).
    String name = chunks(payloads, 240, " ").get(0) + ".csv";
    List<Long> started = List.of(acting.as("admin", () -> imports.start(name, refused, 100, null)));
    Instant deadline = Instant.now().plusSeconds(60);
    for (long id : started) {
      ImportProgress progress = acting.as("admin", () -> imports.progress(id));
      while (!progress.isCompleted() && Instant.now().isBefore(deadline)) {
        Thread.sleep(100); // polled: the import is a batch job
        progress = acting.as("admin", () -> imports.progress(id));
      }
      assertTrue(progress.isCompleted(), "import " + id + " ended: " + progress);
    }
    assertEquals(
        payloads.size(), acting.as("admin", () -> imports.progress(started.get(0))).rowsRefused());

    List<String> active = new ArrayList<>();
    Visitor admin = Visitor.loggedInAs("admin");
    for (long id : started) {
      check(admin.get("admin/import.xhtml?import=" + id), "import page " + id, active);
    }
    HttpResponse<String> report = admin.get("admin/import-report?import=" + started.get(0));
    assertEquals(200, report.statusCode());
    assertTrue(report.body().contains("tax_id"), "the report names the fields: " + report.body());
    assertEquals(List.of(), formulaCells(report.body()), "cells a spreadsheet would evaluate");
    assertTrue(!report.body().contains(XssCorpus.EVALUATED), "nothing evaluated");
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  @Test
  void whatIsTypedIntoTheCasesTabsAndRefusedThereIsShownBackAsInertText() throws Exception {
    // The whole corpus in one value: a page takes what is posted whatever the input's maxlength.
    String typed = String.join(" ", XssCorpus.payloads(OUTSIDE));
    // Of a type with a custom field: the custom fields tab has its tools only then.
    long type = setup.caseType("Xss abas");
    define(type, "Texto abas xss", FieldType.TEXT, 1);
    long caseId = openOfType("ana", type);
    String path = "cases/view.xhtml?id=" + caseId;
    Visitor ana = Visitor.loggedInAs("ana");
    HttpResponse<String> view = ana.get(path);
    List<String> active = new ArrayList<>();
    // Tab, button, what it processes, what it shows again, and the input typed into.
    String[][] inputs = {
      {"linksTab", "relate", "relateForm", "relateForm", "otherNumber"},
      {
        "customFieldsTab",
        "copyCustomFields",
        "customFieldTools",
        "customFieldTools",
        "customFieldSource"
      },
      {"faqTab", "faqSearch", "faqTerms", "faqPanel", "faqTerms"},
      {"emailTab", "sendCaseEmail", "caseEmail", "caseEmail", "emailOthers"}
    };
    for (String[] input : inputs) {
      assertEquals(200, ana.postAjax(path, openTab(view, input[0])).statusCode(), input[0]);
      String tabs = "caseForm:tabs:";
      String button = tabs + input[1];
      HttpResponse<String> shown =
          ana.postAjax(
              path,
              partial(
                  view,
                  "caseForm",
                  button,
                  button + " " + tabs + input[2],
                  tabs + input[3],
                  Map.of(button, button, tabs + input[4], typed)));
      assertEquals(200, shown.statusCode(), input[4]);
      assertTrue(shown.body().contains(tabs + input[4]), input[4] + " is shown again");
      String problem = XssCorpus.activeMarkup(shown.body(), nonceOf(view));
      if (problem != null) {
        active.add(input[4] + ": " + problem);
      }
    }
    assertEquals(0, mailRows.emailsOf(caseId, "case-email:"), "nothing went to typed addresses");
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  private static String csvCell(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  /**
   * An ajax request as PrimeFaces sends it: its source, what it executes and renders, and the
   * fields given (a button names itself among them).
   */
  private static String partial(
      HttpResponse<String> view,
      String form,
      String source,
      String execute,
      String render,
      Map<String, String> fields) {
    Matcher state = VIEW_STATE.matcher(view.body());
    assertTrue(state.find(), "the page has a view state");
    List<String> pairs = new ArrayList<>();
    pairs.add(pair(form, form));
    pairs.add(pair("jakarta.faces.partial.ajax", "true"));
    pairs.add(pair("jakarta.faces.source", source));
    pairs.add(pair("jakarta.faces.partial.execute", execute));
    pairs.add(pair("jakarta.faces.partial.render", render));
    fields.forEach((name, value) -> pairs.add(pair(name, value)));
    pairs.add(pair("jakarta.faces.ViewState", state.group(1).replace("&amp;", "&")));
    pairs.add(pair("primefaces.nonce", nonceOf(view)));
    return String.join("&", pairs);
  }

  /** The payloads joined into texts of at most {@code limit} characters. */
  private static List<String> chunks(List<String> payloads, int limit, String separator) {
    List<String> chunks = new ArrayList<>();
    StringBuilder chunk = new StringBuilder();
    for (String payload : payloads) {
      if (chunk.length() > 0 && chunk.length() + separator.length() + payload.length() > limit) {
        chunks.add(chunk.toString());
        chunk.setLength(0);
      }
      chunk.append(chunk.length() > 0 ? separator : "").append(payload);
    }
    chunks.add(chunk.toString());
    return chunks;
  }

  /** The emails sent to this address, waited for until all of them arrived. */
  private static List<MimeMessage> emailsTo(MailServer mail, String address, int expected)
      throws Exception {
    Instant deadline = Instant.now().plusSeconds(120);
    List<MimeMessage> found = new ArrayList<>();
    while (Instant.now().isBefore(deadline)) {
      found.clear();
      for (MimeMessage m : mail.received()) {
        for (jakarta.mail.Address to : m.getAllRecipients()) {
          if (to.toString().contains(address)) {
            found.add(m);
          }
        }
      }
      if (found.size() >= expected) {
        return found;
      }
      Thread.sleep(250); // polled until the deadline: the outbox delivers in the background
    }
    throw new AssertionError(found.size() + " of " + expected + " case emails arrived");
  }

  private static LogTimeCommand timeEntry(long caseId, LocalDate day, String description) {
    return new LogTimeCommand(
        caseId,
        null,
        0,
        day,
        LocalTime.of(9, 0),
        LocalTime.of(10, 0),
        Nature.REMOTE,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        description,
        false);
  }

  /** Into progress, or scheduled when the case is in progress already: either takes a note. */
  private ChangeStatusCommand statusChange(String login, long caseId, String note)
      throws Exception {
    long version = acting.as(login, () -> cases.details(caseId)).version();
    boolean startable =
        acting.as(login, () -> statuses.nextStatuses(caseId)).contains(CaseStatus.IN_PROGRESS);
    return startable
        ? new ChangeStatusCommand(caseId, version, CaseStatus.IN_PROGRESS, null, note)
        : new ChangeStatusCommand(
            caseId,
            version,
            CaseStatus.SCHEDULED,
            LocalDateTime.now().plusDays(2).withNano(0),
            note);
  }

  private static String nonceOf(HttpResponse<String> page) {
    Matcher nonce = NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
    return nonce.find() ? nonce.group(1) : null;
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

  @jakarta.inject.Inject br.com.atende.cannedreply.application.CannedReplyService cannedReplies;

  @jakarta.inject.Inject br.com.atende.it.support.ClientEmails clientEmails;

  /**
   * Issue 15: canned replies whose text carries the payloads stay inert on their page and once
   * filled for a case; an informational status whose message carries them stays inert on the case
   * page and in the case email that shows it. Bruno's own replies: an agent's page lists only its
   * personal ones, so both bodies are on its first page.
   */
  @Test
  void cannedRepliesAndInformationalStatusesCarryingThePayloadsStayInert() throws Exception {
    List<String> payloads = XssCorpus.payloads(OUTSIDE);
    List<String> active = new ArrayList<>();
    List<String> names = chunks(payloads, 120, " ");
    List<String> bodies = chunks(payloads, 4000, "\n");
    List<Long> replies = new ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      String name = names.get(i);
      String body = bodies.get(i);
      replies.add(
          acting.as(
              "bruno",
              () ->
                  cannedReplies.save(
                      new br.com.atende.cannedreply.application.CannedReplyRow(
                          null, 0, null, null, name, body))));
    }
    Visitor bruno = Visitor.loggedInAs("bruno");
    check(bruno.get("account/canned-replies.xhtml"), "canned replies", active);
    long party = clientEmails.party("Cliente Xss");
    OpenedCase opened = open("bruno", party, null, "Status " + UUID.randomUUID(), "Pedido");
    for (long reply : replies) {
      String problem =
          XssCorpus.activeMarkup(
              acting.as("bruno", () -> cannedReplies.fill(reply, opened.id())), null);
      if (problem != null) {
        active.add("canned reply filled: " + problem);
      }
    }
    List<String> messages = chunks(payloads, 1000, " ");
    for (int i = 0; i < messages.size(); i++) {
      String status = names.get(i);
      String message = messages.get(i);
      long version = acting.as("bruno", () -> cases.details(opened.id())).version();
      acting.as(
          "bruno", () -> statuses.startInformationalStatus(opened.id(), version, status, message));
      check(bruno.get("cases/view.xhtml?id=" + opened.id()), "case page, status " + i, active);
    }
    acting.as(
        "bruno",
        () ->
            caseEmail.send(
                new br.com.atende.cases.notification.SendCaseEmailCommand(
                    opened.id(), true, List.of(), null, Set.of(), List.of(), "Oi")));
    String problem =
        XssCorpus.activeMarkup(clientEmails.of(opened.id(), "case-email:").get(0)[2], null);
    if (problem != null) {
      active.add("case email with the status: " + problem);
    }
    for (br.com.atende.cannedreply.application.CannedReplyRow row :
        acting.as("bruno", () -> cannedReplies.manageable(PageRequest.of(0, 20)))) {
      if (replies.contains(row.id())) {
        acting.as(
            "bruno",
            () -> {
              cannedReplies.delete(row.id(), row.version());
              return null;
            });
      }
    }
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  @jakarta.inject.Inject br.com.atende.party.application.PartyRegistry partyRegistry;

  /**
   * Issue 15: parties and contacts whose names and phones (the party page's free-text inputs; the
   * email is refused unless it is an address, the tax id unless it is one) carry the payloads stay
   * inert on the party page and in its search list. The whole corpus goes through the contacts'
   * names, twenty to a party (the first page of its contacts), so two party pages show it all.
   */
  @Test
  void partiesAndContactsCarryingThePayloadsStayInertOnThePartyPages() throws Exception {
    List<String> payloads = XssCorpus.payloads(OUTSIDE);
    List<String> names = chunks(payloads, 120, " ");
    List<String> phones = chunks(payloads, 40, " ");
    List<String> partyNames = chunks(payloads, 198, " ");
    List<Long> parties =
        acting.as(
            "bruno",
            () -> {
              List<Long> created = new ArrayList<>();
              for (int first = 0; first < names.size(); first += 20) {
                int index = first / 20;
                long party =
                    partyRegistry
                        .create(
                            new br.com.atende.party.application.PartyForm(
                                br.com.atende.party.model.PartyKind.PERSON,
                                cut("0 " + partyNames.get(index % partyNames.size()), 200),
                                null,
                                cut(phones.get(index % phones.size()), 40),
                                null,
                                "pt-BR"))
                        .id();
                for (int i = first; i < Math.min(first + 20, names.size()); i++) {
                  partyRegistry.addContact(
                      party,
                      new br.com.atende.party.application.ContactForm(
                          cut(names.get(i), 120), null, cut(phones.get(i % phones.size()), 40)));
                }
                created.add(party);
              }
              return created;
            });
    List<String> active = new ArrayList<>();
    Visitor bruno = Visitor.loggedInAs("bruno");
    for (long party : parties) {
      check(bruno.get("cases/party.xhtml?id=" + party), "party page " + party, active);
    }
    // Their names start with "0 ": the search list's first page, by name, shows them.
    check(bruno.get("cases/parties.xhtml"), "party search", active);
    assertTrue(active.isEmpty(), String.join("\n", active));
  }

  /** The text cut to a field's length (a single payload may be longer than the field). */
  private static String cut(String text, int length) {
    return text.length() > length ? text.substring(0, length) : text;
  }

  @jakarta.inject.Inject br.com.atende.it.support.DataSubjectRows dataSubjectRows;

  /**
   * Issue 13 (LGPD): parties named with the payloads stay inert in the data-subject page's list,
   * and the payloads typed into its search are shown back inert.
   */
  @Test
  void partiesNamedWithThePayloadsAndASearchTypedWithThemStayInertOnTheDataSubjectPage()
      throws Exception {
    String unique = "LGPD" + UUID.randomUUID().toString().substring(0, 8);
    for (String chunk : chunks(XssCorpus.payloads(OUTSIDE), 180, " ")) {
      dataSubjectRows.party(unique + " " + chunk, null, null, null);
    }
    Visitor admin = Visitor.loggedInAs("admin");
    HttpResponse<String> page = admin.get("admin/data-subject.xhtml");
    List<String> active = new ArrayList<>();
    String find = "dataSubjectForm:find";
    for (String typed : List.of(unique, String.join(" ", XssCorpus.payloads(OUTSIDE)))) {
      HttpResponse<String> found =
          admin.postAjax(
              "admin/data-subject.xhtml",
              partial(
                  page,
                  "dataSubjectForm",
                  find,
                  "dataSubjectForm",
                  "dataSubjectForm",
                  Map.of(find, find, "dataSubjectForm:search", typed)));
      String problem = XssCorpus.activeMarkup(found.body(), nonceOf(page));
      if (problem != null) {
        active.add("data-subject search " + typed.length() + ": " + problem);
      }
      if (typed.equals(unique)) {
        assertTrue(found.body().contains(unique), "the parties are listed: " + found.body());
      }
    }
    assertTrue(active.isEmpty(), String.join("\n", active));
  }
}
