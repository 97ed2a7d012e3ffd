package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseStatusService;
import br.com.atende.cases.application.ChangeStatusCommand;
import br.com.atende.cases.application.DiscussionItem;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.cases.notification.CaseResponseService;
import br.com.atende.cases.notification.CaseResponseToken.Outcome;
import br.com.atende.cases.notification.CaseResponseToken.State;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.MailRows;
import br.com.atende.it.support.MailServer;
import br.com.atende.it.support.Openings;
import br.com.atende.party.application.ContactOption;
import br.com.atende.party.application.PartyService;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.PageRequest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notification of a solution (SPEC C6): going to NOTIFIED emails the client a link that confirms or
 * reopens the case and rates the service, once, until it expires; the link's page is public.
 */
@ExtendWith(ArquillianExtension.class)
class SolutionNotificationIT {

  private static final Pattern LINK =
      Pattern.compile("(http\\S*/public/case-response\\.xhtml\\?token=([A-Za-z0-9_-]{43}))");

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject CaseService cases;

  @Inject CaseStatusService statuses;

  @Inject DiscussionService discussion;

  @Inject PartyService parties;

  @Inject CaseResponseService responses;

  @Inject MailRows mailRows;

  private MailServer mail;

  @BeforeEach
  void startMailServer() {
    mail = MailServer.start();
  }

  @AfterEach
  void stopMailServer() {
    mail.close();
  }

  @Test
  void thePortugueseContactGetsALinkThatConfirmsTheSolutionAndRatesTheServiceOnce()
      throws Exception {
    OpenedCase opened = openForPaulo("Etiqueta");
    notifySolution("ana", opened.id());

    MimeMessage email = mail.awaitEmail(opened.number(), "Solução");
    assertEquals(
        "paulo@horizonte.example", email.getRecipients(Message.RecipientType.TO)[0].toString());
    assertTrue(
        MailServer.subjectOf(email).startsWith("[Atendimento " + opened.number() + "] Solução: "));
    String text = MailServer.textPart(email);
    String html = MailServer.htmlPart(email);
    assertTrue(text.startsWith("Olá, Paulo Santos."), text);
    Matcher link = LINK.matcher(text);
    assertTrue(link.find(), text);
    String token = link.group(2);
    assertTrue(html.contains("href=\"" + link.group(1) + "\""), html);

    String page = get(token);
    assertTrue(page.contains(opened.number()), page);
    assertTrue(page.contains("Confirmar a solução"), page);
    assertEquals(State.VALID, responses.view(token).state(), "showing the page spends nothing");

    responses.respond(token, Outcome.CONFIRMED, 5, "Resolvido <rápido>");

    assertEquals(CaseStatus.CONFIRMED, details("ana", opened.id()).status());
    assertEquals(List.of("5|Resolvido <rápido>"), mailRows.ratingsOf(opened.id()));
    DiscussionItem entry = newestEntry(opened.id());
    assertTrue(entry.body().contains("O cliente confirmou a solução"), entry.body());
    assertTrue(entry.body().contains("Resolvido &lt;rápido&gt;"), entry.body());

    BusinessException again =
        assertThrows(
            BusinessException.class, () -> responses.respond(token, Outcome.REOPENED, null, null));
    assertEquals("error.caseResponse.used", again.messageKey());
    assertEquals(State.USED, responses.view(token).state());
    assertEquals(CaseStatus.CONFIRMED, details("ana", opened.id()).status());
    assertTrue(get(token).contains("Este link já foi usado"));
  }

  @Test
  void anEnglishReaderGetsTheEmailInEnglishAndCanReopenTheCase() throws Exception {
    long helen = openings.partyId("bruno", "Helen");
    OpenedCase opened = open("bruno", helen, null, "Timetable");
    notifySolution("bruno", opened.id());

    MimeMessage email = mail.awaitEmail(opened.number(), "Solved");
    assertEquals(
        "helen@docente.example", email.getRecipients(Message.RecipientType.TO)[0].toString());
    assertTrue(MailServer.subjectOf(email).startsWith("[Case " + opened.number() + "] Solved: "));
    String text = MailServer.textPart(email);
    assertTrue(text.startsWith("Hello, Helen"), text);
    Matcher link = LINK.matcher(text);
    assertTrue(link.find(), text);
    assertTrue(get(link.group(2)).contains("Reopen the case"));

    responses.respond(link.group(2), Outcome.REOPENED, null, null);

    assertEquals(CaseStatus.IN_PROGRESS, details("bruno", opened.id()).status());
    assertEquals(List.of(), mailRows.ratingsOf(opened.id()), "no rating given, none stored");
  }

  @Test
  void anExpiredLinkRefusesAndTheCaseStaysNotified() throws Exception {
    OpenedCase opened = openForPaulo("Expira");
    notifySolution("ana", opened.id());
    Matcher link = LINK.matcher(MailServer.textPart(mail.awaitEmail(opened.number(), "Solução")));
    assertTrue(link.find());
    mailRows.expireLinksOf(opened.id());

    assertEquals(State.EXPIRED, responses.view(link.group(2)).state());
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () -> responses.respond(link.group(2), Outcome.CONFIRMED, 4, null));
    assertEquals("error.caseResponse.expired", refused.messageKey());
    assertEquals(CaseStatus.NOTIFIED, details("ana", opened.id()).status());
    assertTrue(get(link.group(2)).contains("Este link expirou"));
  }

  @Test
  void aMadeUpTokenIsRefused() {
    String madeUp = "A".repeat(43);
    assertEquals(State.UNKNOWN, responses.view(madeUp).state());
    assertEquals(State.UNKNOWN, responses.view("../../etc").state());
    BusinessException refused =
        assertThrows(
            BusinessException.class, () -> responses.respond(madeUp, Outcome.CONFIRMED, 5, null));
    assertEquals("error.caseResponse.unknown", refused.messageKey());
  }

  @Test
  void eachNotificationIssuesItsOwnLinkAndEmail() throws Exception {
    OpenedCase opened = openForPaulo("Reaberto");
    long version = notifySolution("ana", opened.id());
    version =
        acting.as(
            "ana",
            () ->
                statuses.changeStatus(
                    new ChangeStatusCommand(
                        opened.id(),
                        details("ana", opened.id()).version(),
                        CaseStatus.IN_PROGRESS,
                        null,
                        null)));
    notifySolution("ana", opened.id());
    assertEquals(2, mailRows.emailsOf(opened.id(), "case-notified:"));
    assertTrue(version > 0);
  }

  private OpenedCase openForPaulo(String subject) throws Exception {
    long metalurgica = openings.partyId("ana", "Metalúrgica");
    ContactOption paulo =
        acting.as("ana", () -> parties.contactsOf(metalurgica)).stream()
            .filter(c -> c.name().equals("Paulo Santos"))
            .findFirst()
            .orElseThrow();
    return open("ana", metalurgica, paulo.id(), subject);
  }

  private OpenedCase open(String login, long partyId, Long contactId, String subject)
      throws Exception {
    String unique = subject + " " + UUID.randomUUID().toString().substring(0, 8);
    return acting.as(
        login,
        () ->
            cases.open(
                Openings.command(
                    cases.openingDefaults(),
                    partyId,
                    contactId,
                    unique,
                    "Pedido do cliente.",
                    Priority.NORMAL,
                    null,
                    true,
                    "PHONE",
                    ContactOrigin.CLIENT)));
  }

  private long notifySolution(String login, long caseId) throws Exception {
    long version = details(login, caseId).version();
    return acting.as(
        login,
        () ->
            statuses.changeStatus(
                new ChangeStatusCommand(caseId, version, CaseStatus.NOTIFIED, null, null)));
  }

  private CaseDetails details(String login, long caseId) throws Exception {
    return acting.as(login, () -> cases.details(caseId));
  }

  private DiscussionItem newestEntry(long caseId) throws Exception {
    return acting.as("ana", () -> discussion.discussion(caseId, PageRequest.of(0, 1))).get(0);
  }

  /** The public answer page, fetched without any login. */
  private static String get(String token) throws Exception {
    int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:"
                                + port
                                + "/atende/public/case-response.xhtml?token="
                                + token))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    return response.body();
  }
}
