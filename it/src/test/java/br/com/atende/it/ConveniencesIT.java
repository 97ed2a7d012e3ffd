package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.account.application.MyAccount;
import br.com.atende.cannedreply.application.CannedReplyChoice;
import br.com.atende.cannedreply.application.CannedReplyRow;
import br.com.atende.cannedreply.application.CannedReplyService;
import br.com.atende.cases.application.AuditItem;
import br.com.atende.cases.application.CaseHeader;
import br.com.atende.cases.application.CaseReadingService;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseStatusService;
import br.com.atende.cases.application.ChangeStatusCommand;
import br.com.atende.cases.application.ForwardingService;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.cases.notification.CaseEmailService;
import br.com.atende.cases.notification.InformationalStatus;
import br.com.atende.cases.notification.SendCaseEmailCommand;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.ClientEmails;
import br.com.atende.it.support.ClientReplies;
import br.com.atende.it.support.Fixtures;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.Teams;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.NotFoundException;
import br.com.atende.shared.PageRequest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The agent conveniences of C13 (issue 15, seed 004 §2.1, §3.1, §4.1, §4.5): canned replies filled
 * for a case and seen by their owner or group only, the client-notifications switch, "email me when
 * the client replies", and the informational status's life as the client sees it.
 */
@ExtendWith(ArquillianExtension.class)
class ConveniencesIT {

  private static final Pattern LINK =
      Pattern.compile("/public/case-response\\.xhtml\\?token=([A-Za-z0-9_-]{43})");

  @Inject ActingAgent acting;

  @Inject Fixtures fixtures;

  @Inject Teams teams;

  @Inject ClientEmails clientEmails;

  @Inject ClientReplies clientReplies;

  @Inject CaseService cases;

  @Inject CaseReadingService reading;

  @Inject CaseStatusService statuses;

  @Inject ForwardingService forwarding;

  @Inject CaseEmailService caseEmail;

  @Inject CannedReplyService cannedReplies;

  @Inject MyAccount myAccount;

  /** The demo's agents of Suporte (no password to hash): two agents and their supervisor. */
  private static final String ANA = "ana";

  private static final String BRUNO = "bruno";

  private static final String CARLA = "carla";

  @Test
  void aCannedReplyIsFilledForTheCaseAndSeenOnlyByItsOwnerOrItsGroup() throws Exception {
    long department = fixtures.departmentOf(ANA);
    long anasGroup = teams.group(department, ANA);
    long brunosGroup = teams.group(department, BRUNO);
    String word = "Cr" + UUID.randomUUID().toString().substring(0, 6);

    long personal =
        save(
            ANA,
            null,
            word + " pessoal",
            "Olá, {cliente} ({contato}).\nCaso {caso}: {assunto}.\n{agent}");
    long ofAnasGroup = save(CARLA, anasGroup, word + " do grupo", "Grupo de {atendente}");
    save(CARLA, brunosGroup, word + " do outro grupo", "Outro");
    BusinessException refused =
        assertThrows(BusinessException.class, () -> save(ANA, anasGroup, word + " x", "x"));
    assertEquals("error.cannedReply.groupNotPermitted", refused.messageKey());
    assertEquals("groupId", refused.field());

    assertEquals(List.of(word + " do grupo", word + " pessoal"), names(ANA, word.toLowerCase()));
    assertEquals(List.of(word + " do outro grupo"), names(BRUNO, word.substring(2)));

    long party = clientEmails.party("<img src=x onerror=alert(1)> Ltda");
    OpenedCase opened = open(ANA, party, "Impressora <b>parada</b>", true);
    String filled = acting.as(ANA, () -> cannedReplies.fill(personal, opened.id()));
    // The client's name and the subject are text: escaped, then sanitized like a typed reply.
    assertTrue(filled.startsWith("<p>Olá, &lt;img src"), filled);
    assertTrue(
        filled.contains("Caso " + opened.number() + ": Impressora &lt;b&gt;parada&lt;/b&gt;."),
        filled);
    assertTrue(filled.contains("Ana Souza"), filled);
    assertFalse(filled.contains("<img") || filled.contains("<b>"), filled);
    assertTrue(
        acting.as(ANA, () -> cannedReplies.fill(ofAnasGroup, opened.id())).contains("Ana Souza"));
    assertThrows(
        NotFoundException.class,
        () -> acting.as(CARLA, () -> cannedReplies.fill(personal, opened.id())));
  }

  @Test
  void withTheClientNotificationsOffNoEmailGoesToTheClientAndTheCaseSaysSo() throws Exception {
    OpenedCase opened = open(ANA, clientEmails.party("Cliente quieto"), "Silêncio", true);
    assertTrue(header(ANA, opened.id()).notifyClient(), "on by default");

    acting.as(ANA, () -> statuses.notifyClient(opened.id(), version(ANA, opened.id()), false));

    assertFalse(header(ANA, opened.id()).notifyClient());
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as(
                    ANA,
                    () ->
                        caseEmail.send(
                            new SendCaseEmailCommand(
                                opened.id(), true, List.of(), null, Set.of(), List.of(), "Oi"))));
    assertEquals("notifyClient", refused.field());
    changeStatus(ANA, opened.id(), CaseStatus.NOTIFIED);
    assertEquals(List.of(), clientEmails.of(opened.id(), "case-notified:"));
    assertTrue(
        audit(ANA, opened.id()).contains("notifyClient:true>false"),
        audit(ANA, opened.id()).toString());
  }

  @Test
  void anAgentWhoAskedForItIsEmailedWhenTheClientReplies() throws Exception {
    long party = clientEmails.party("Cliente falante");
    OpenedCase held = open(ANA, party, "Sem aviso", true);
    clientReplies.reply(held.id(), "cliente@cliente.example", "Primeira resposta");
    assertEquals(List.of(), clientEmails.of(held.id(), "client-reply:"), "off unless asked for");

    OpenedCase queued = open(ANA, party, "Com aviso", false);
    try {
      acting.as(ANA, () -> forwarding.link(queued.id(), version(ANA, queued.id()), true));
      assertTrue(
          audit(ANA, queued.id()).stream().anyMatch(a -> a.startsWith("emailOnClientReply:")));
      clientReplies.reply(queued.id(), "cliente@cliente.example", "Segunda resposta");
      List<String[]> told = clientEmails.of(queued.id(), "client-reply:");
      assertEquals(1, told.size());
      assertEquals("ana@acme.example", told.get(0)[0]);
      assertTrue(told.get(0)[1].contains(queued.number()), told.get(0)[1]);
    } finally {
      // Ana is the demo's: her setting goes back as the other tests expect it.
      acting.as(
          ANA,
          () -> {
            myAccount.emailOnClientReply(false);
            return null;
          });
    }
    clientReplies.reply(queued.id(), "cliente@cliente.example", "Terceira resposta");
    assertEquals(1, clientEmails.of(queued.id(), "client-reply:").size(), "off again");
  }

  @Test
  void theInformationalStatusIsStartedEndedAndEndsWhenTheCaseIsConcluded() throws Exception {
    OpenedCase opened = open(ANA, clientEmails.party("Cliente informado"), "Peça", true);

    startStatus(ANA, opened.id(), "Aguardando peça", "Chega na sexta");
    InformationalStatus started = header(ANA, opened.id()).informationalStatus();
    assertTrue(started.started());
    assertEquals("Chega na sexta", started.message());
    acting.as(
        ANA,
        () ->
            caseEmail.send(
                new SendCaseEmailCommand(
                    opened.id(), true, List.of(), null, Set.of(), List.of(), "Oi")));
    String email = clientEmails.of(opened.id(), "case-email:").get(0)[1];
    assertTrue(email.contains("Status do atendimento: Aguardando peça\nChega na sexta"), email);

    acting.as(ANA, () -> statuses.endInformationalStatus(opened.id(), version(ANA, opened.id())));
    assertFalse(header(ANA, opened.id()).informationalStatus().started());

    startStatus(ANA, opened.id(), "Em análise", null);
    changeStatus(ANA, opened.id(), CaseStatus.NOTIFIED);
    InformationalStatus concluded = header(ANA, opened.id()).informationalStatus();
    assertEquals("Em análise", concluded.status());
    assertFalse(concluded.started(), "concluding ends it");
    assertEquals(
        List.of(
            "infoStatus:null>Aguardando peça · started",
            "infoStatusMessage:null>Chega na sexta",
            "infoStatus:Aguardando peça · started>Aguardando peça · ended",
            "infoStatus:Aguardando peça · ended>Em análise · started",
            "infoStatusMessage:Chega na sexta>null",
            "infoStatus:Em análise · started>Em análise · ended"),
        audit(ANA, opened.id()).stream().filter(a -> a.startsWith("infoStatus")).toList());

    Matcher link = LINK.matcher(clientEmails.of(opened.id(), "case-notified:").get(0)[1]);
    assertTrue(link.find());
    String page = publicPage(link.group(1));
    assertTrue(page.contains("Status do atendimento: <strong>Em análise</strong>"), page);
    assertTrue(page.contains("(Encerrado)"), page);
  }

  private long save(String login, Long groupId, String name, String body) throws Exception {
    return acting.as(
        login, () -> cannedReplies.save(new CannedReplyRow(null, 0, groupId, null, name, body)));
  }

  private List<String> names(String login, String letters) throws Exception {
    return acting.as(login, () -> cannedReplies.usable(letters)).stream()
        .map(CannedReplyChoice::name)
        .toList();
  }

  private OpenedCase open(String login, long party, String subject, boolean assignToMe)
      throws Exception {
    return acting.as(
        login,
        () ->
            cases.open(
                Openings.command(
                    cases.openingDefaults(),
                    party,
                    null,
                    subject,
                    "Pedido.",
                    Priority.NORMAL,
                    null,
                    assignToMe,
                    "PHONE",
                    ContactOrigin.CLIENT)));
  }

  private void startStatus(String login, long caseId, String status, String message)
      throws Exception {
    acting.as(
        login,
        () -> statuses.startInformationalStatus(caseId, version(login, caseId), status, message));
  }

  private void changeStatus(String login, long caseId, CaseStatus target) throws Exception {
    acting.as(
        login,
        () ->
            statuses.changeStatus(
                new ChangeStatusCommand(caseId, version(login, caseId), target, null, null)));
  }

  private CaseHeader header(String login, long caseId) throws Exception {
    return acting.as(login, () -> reading.header(caseId));
  }

  private long version(String login, long caseId) throws Exception {
    return acting.as(login, () -> cases.details(caseId)).version();
  }

  /** The case's audit trail as "field:from>to", oldest first. */
  private List<String> audit(String login, long caseId) throws Exception {
    List<String> newestFirst =
        acting.as(login, () -> cases.auditTrail(caseId, PageRequest.of(0, 100))).stream()
            .map((AuditItem a) -> a.field() + ":" + a.oldValue() + ">" + a.newValue())
            .toList();
    return java.util.stream.IntStream.range(0, newestFirst.size())
        .mapToObj(i -> newestFirst.get(newestFirst.size() - 1 - i))
        .toList();
  }

  /** The client's response page, without any login. */
  private static String publicPage(String token) throws Exception {
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
    assertNull(response.headers().firstValue("Location").orElse(null));
    return response.body();
  }
}
