package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.administration.model.AdminLogEntry;
import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.CaseStatusService;
import br.com.atende.cases.application.ChangeStatusCommand;
import br.com.atende.cases.application.DiscussionItem;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.ForwardingService;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.application.OpeningDefaults;
import br.com.atende.cases.attachment.AttachmentStore;
import br.com.atende.cases.intake.EmailIntake;
import br.com.atende.cases.intake.InboundImporter.Outcome;
import br.com.atende.cases.intake.InboundMailbox;
import br.com.atende.cases.intake.MailboxForm;
import br.com.atende.cases.intake.MailboxOverview;
import br.com.atende.cases.intake.MailboxReview;
import br.com.atende.cases.intake.MailboxSettings;
import br.com.atende.cases.intake.QuarantinedReply;
import br.com.atende.cases.intake.ReplyQuarantine;
import br.com.atende.cases.model.CaseStatus;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.DiscussionKind;
import br.com.atende.cases.model.Priority;
import br.com.atende.cases.notification.CaseEmailPart;
import br.com.atende.cases.notification.CaseEmailService;
import br.com.atende.cases.notification.SendCaseEmailCommand;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.AdministrationProbe;
import br.com.atende.it.support.AgentOverHttp;
import br.com.atende.it.support.AttachmentRows;
import br.com.atende.it.support.Fixtures;
import br.com.atende.it.support.MailRows;
import br.com.atende.it.support.Openings;
import br.com.atende.it.support.Teams;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.party.application.ContactOption;
import br.com.atende.party.application.PartyService;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.PageRequest;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.activation.DataHandler;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail that mail servers accept and mail administrators would switch on (issue 17): Atende's own
 * emails read back from GreenMail for their headers, and a mailbox of real-looking messages of our
 * own making (a request, replies with and without threading headers, Outlook's pt-BR reply, HTML,
 * files, split encoded words, an out-of-office reply, a bounce, a loop, injected line breaks,
 * truncated and undecodable MIME), each read over IMAP by the poller and each ending as a mail
 * administrator expects, imported once.
 */
@ExtendWith(ArquillianExtension.class)
class MailHygieneIT {

  private static final String SUPPORT = "suporte@atende.example";

  private static final String DOMAIN = "mail.atende.example";

  private static final Map<String, String> SETTINGS =
      Map.of(
          "atende.mail.from-address", SUPPORT,
          "atende.mail.from-name", "Central de Atendimento",
          "atende.mail.support-address", SUPPORT,
          "atende.mail.message-id-domain", DOMAIN);

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject Teams teams;

  @Inject CaseService cases;

  @Inject CaseStatusService statuses;

  @Inject ForwardingService forwarding;

  @Inject DiscussionService discussion;

  @Inject PartyService parties;

  @Inject AgentDirectory agents;

  @Inject InboundMailbox mailbox;

  @Inject MailRows mailRows;

  @Inject MailboxReview review;

  @Inject ReplyQuarantine quarantine;

  @Inject Fixtures fixtures;

  @Inject CaseEmailService caseEmail;

  @Inject AdministrationProbe administration;

  @Inject AttachmentStore attachmentStore;

  @Inject AttachmentRows attachmentRows;

  private final Map<String, String> previous = new HashMap<>();

  private GreenMail mailServer;

  private GreenMailUser support;

  private MailboxSettings settings;

  private EmailIntake.Defaults defaults;

  private String unique;

  @BeforeEach
  void startMailServerAndConfigureTheSender() throws Exception {
    SETTINGS.forEach(
        (name, value) -> {
          previous.put(name, System.getProperty(name));
          System.setProperty(name, value);
        });
    mailServer =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(
                  Integer.getInteger("atende.smtp.port", 3025),
                  "127.0.0.1",
                  ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(
                  Integer.getInteger("atende.imap.port", 3143),
                  "127.0.0.1",
                  ServerSetup.PROTOCOL_IMAP)
            });
    mailServer.start();
    support = mailServer.setUser(SUPPORT, "suporte", "segredo");
    settings =
        new MailboxSettings(
            "127.0.0.1",
            Integer.getInteger("atende.imap.port", 3143),
            "suporte",
            "segredo",
            "INBOX");
    OpeningDefaults opening = acting.as("ana", () -> cases.openingDefaults());
    long ana = acting.as("ana", () -> agents.currentAgent().getId());
    long helen = openings.partyId("ana", "Helen");
    defaults = new EmailIntake.Defaults(opening.departmentId(), ana, helen, opening.caseTypeId());
    unique = UUID.randomUUID().toString().substring(0, 8);
  }

  @AfterEach
  void stopMailServerAndRestoreTheSettings() {
    mailServer.stop();
    previous.forEach(
        (name, value) -> {
          if (value == null) {
            System.clearProperty(name);
          } else {
            System.setProperty(name, value);
          }
        });
  }

  @Test
  void theOpeningForwardingAndSolutionEmailsCarryAutoSubmittedAndAnAgentsEmailDoesNot()
      throws Exception {
    OpenedCase opened = openForPaulo("Cabeçalhos");
    MimeMessage openingEmail = awaitEmail(opened.number());
    assertSender(openingEmail, "Central de Atendimento");

    acting.as(
        "ana",
        () ->
            statuses.changeStatus(
                new ChangeStatusCommand(
                    opened.id(),
                    cases.details(opened.id()).version(),
                    CaseStatus.NOTIFIED,
                    null,
                    null)));
    assertSender(awaitEmail(opened.number(), "Solução"), "Central de Atendimento");

    // Written by an agent, not by a program: no Auto-Submitted, so vacation responders answer it.
    String partner = "parceiro." + unique + "@parceiro.example";
    acting.as(
        "ana",
        () ->
            caseEmail.send(
                new SendCaseEmailCommand(
                    opened.id(),
                    false,
                    List.of(),
                    partner,
                    EnumSet.noneOf(CaseEmailPart.class),
                    List.of(),
                    "Escrito pela Ana.")));
    MimeMessage written = awaitEmailTo(partner, opened.number());
    assertEquals(SUPPORT, ((InternetAddress) written.getFrom()[0]).getAddress());
    assertEquals(SUPPORT, ((InternetAddress) written.getReplyTo()[0]).getAddress());
    assertNull(written.getHeader("Auto-Submitted"), "an agent's email is not automatic");

    // A company of its own, with its own sender name.
    String company = teams.company();
    String fromNameOfCompany = "atende.mail.from-name." + company;
    System.setProperty(fromNameOfCompany, "Coligada " + company + " Suporte");
    try {
      long desk = teams.department(company);
      String from = teams.agent(desk, "pt-BR", EnumSet.of(Permission.CASE_FORWARD), Role.AGENT);
      String to = teams.agent(desk, "pt-BR", Set.of(), Role.AGENT);
      OpenedCase forwarded =
          openings.open(
              from, "Maria Oliveira", "Repasse " + unique, "Pedido", Priority.NORMAL, null, true);
      acting.as(
          from,
          () ->
              forwarding.forwardToAgent(
                  forwarded.id(),
                  forwarding.state(forwarded.id()).version(),
                  teams.agentId(to),
                  "Especialista"));
      MimeMessage forwardingEmail = awaitEmailTo(to + "@acme.example", forwarded.number());
      assertSender(forwardingEmail, "Coligada " + company + " Suporte");
    } finally {
      System.clearProperty(fromNameOfCompany);
    }
  }

  @Test
  void aNewRequestKeepsItsSenderAndRepliesFindTheirCaseWithOrWithoutThreadingHeaders()
      throws Exception {
    String request = "Pedido novo " + unique;
    support.deliver(
        parse(
            "From: =?UTF-8?Q?Joana_Pr=C3=A1do?= <joana." + unique + "@cliente.example>",
            "Subject: " + request,
            "Message-ID: <request." + unique + "@cliente.example>",
            "Content-Type: text/plain; charset=UTF-8",
            "",
            "Preciso de ajuda com a nota fiscal."));
    OpenedCase opened = openForPaulo("Etiqueta");
    MimeMessage openingEmail = awaitEmail(opened.number());
    String token = "[Atendimento " + opened.number() + "]";
    support.deliver(
        parse(
            "From: Paulo Santos <paulo@horizonte.example>",
            "Subject: Re: " + openingEmail.getSubject(),
            "Message-ID: <threaded." + unique + "@horizonte.example>",
            "In-Reply-To: " + openingEmail.getMessageID(),
            "References: " + openingEmail.getMessageID(),
            "Content-Type: text/plain; charset=UTF-8",
            "",
            "Com cabeçalhos.",
            "",
            "> Registramos a sua solicitação"));
    support.deliver(
        parse(
            "From: Paulo Santos <paulo@horizonte.example>",
            "Subject: Fwd: Re: [Case " + opened.number() + "] em inglês",
            "Message-ID: <unthreaded." + unique + "@horizonte.example>",
            "Content-Type: text/plain; charset=UTF-8",
            "",
            "Sem cabeçalhos."));
    // Outlook in Brazil: "RES:", ISO-8859-1 quoted-printable, no threading headers at all.
    support.deliver(
        parseLatin1(
            "From: =?iso-8859-1?Q?Paulo_Santos?= <paulo@horizonte.example>",
            "Subject: RES: " + token + " =?iso-8859-1?Q?Solicita=E7=E3o?=",
            "Message-ID: <outlook." + unique + "@horizonte.example>",
            "Thread-Topic: Etiqueta",
            "Content-Type: text/plain; charset=\"iso-8859-1\"",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "Obrigado pela aten=E7=E3o, j=E1 est=E1 funcionando.",
            "",
            "De: Central de Atendimento",
            "> Registramos"));

    assertEquals(Map.of(Outcome.NEW_CASE, 1, Outcome.REPLY, 3), mailbox.poll(settings, defaults));
    assertEquals(Map.of(), mailbox.poll(settings, defaults), "each message imported once");

    long requestCase = mailRows.casesWithSubject(request).get(0);
    assertEquals(
        "Joana Prádo <joana." + unique + "@cliente.example>", mailRows.emailSenderOf(requestCase));
    assertEquals(
        "Joana Prádo <joana." + unique + "@cliente.example>",
        acting.as("ana", () -> cases.details(requestCase)).emailSender());

    List<DiscussionItem> replies = entries(opened.id(), DiscussionKind.CLIENT_REPLY);
    assertEquals(3, replies.size());
    for (DiscussionItem reply : replies) {
      assertEquals(
          "Paulo Santos <paulo@horizonte.example>",
          reply.authorName(),
          "shown as written by the client");
    }
    assertTrue(
        replies.stream()
            .anyMatch(r -> r.body().contains("Obrigado pela atenção, já está funcionando.")),
        "Latin-1 quoted-printable decoded");
    assertTrue(replies.stream().noneMatch(r -> r.body().contains("Registramos")));
  }

  @Test
  void aReplyFromSomeoneNotTheCasesClientWaitsInQuarantineWithItsFilesUntilOneWhoMayWriteDecides()
      throws Exception {
    OpenedCase opened = openForPaulo("Colega");
    String token = "[Atendimento " + opened.number() + "]";
    byte[] pdf = ("%PDF-1.4\n% planilha " + unique + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    String colleagueId = "<colleague." + unique + "@horizonte.example>";
    String strangerId = "<stranger." + unique + "@outro.example>";
    support.deliver(
        withPdf(
            "Rita Colega <rita." + unique + "@horizonte.example>",
            "RES: " + token + " Colega",
            colleagueId,
            "Sou colega do Paulo: o problema continua.",
            "planilha.pdf",
            pdf));
    support.deliver(
        withPdf(
            "Estranho <estranho." + unique + "@outro.example>",
            "Re: " + token,
            strangerId,
            "Não tenho nada com isso.",
            "outro.pdf",
            pdf));

    assertEquals(Map.of(Outcome.QUARANTINED, 2), mailbox.poll(settings, defaults));
    assertEquals(0, mailRows.clientRepliesOf(opened.id()));
    assertEquals(1, mailRows.heldFilesOf(colleagueId).size(), "the file waits with the reply");
    List<String> strangersFile = mailRows.heldFilesOf(strangerId);
    assertEquals(1, strangersFile.size());

    List<QuarantinedReply> waiting =
        acting.as("admin", () -> quarantine.page(PageRequest.of(0, 200))).stream()
            .filter(q -> q.caseId() == opened.id())
            .toList();
    assertEquals(2, waiting.size(), "administrators see the quarantine");
    QuarantinedReply colleague =
        waiting.stream().filter(q -> q.sender().startsWith("Rita")).findFirst().orElseThrow();
    QuarantinedReply stranger =
        waiting.stream().filter(q -> q.sender().startsWith("Estranho")).findFirst().orElseThrow();
    assertEquals("Sou colega do Paulo: o problema continua.", colleague.text());

    // A colleague of Ana's desk sees the case, but it is in Ana's hands: only she decides.
    String deskmate = fixtures.agent(3, Set.of(), Role.AGENT);
    assertTrue(
        acting.as(deskmate, () -> quarantine.page(PageRequest.of(0, 200))).stream()
            .anyMatch(q -> q.id() == colleague.id()),
        "listed within the access rule");
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                acting.as(
                    deskmate,
                    () -> {
                      quarantine.accept(colleague.id());
                      return null;
                    }));
    assertEquals("error.write.notInHands", refused.messageKey());
    acting.as(
        "ana",
        () -> {
          quarantine.accept(colleague.id());
          quarantine.reject(stranger.id());
          return null;
        });

    List<DiscussionItem> replies = entries(opened.id(), DiscussionKind.CLIENT_REPLY);
    assertEquals(1, replies.size());
    assertEquals(
        "Rita Colega <rita." + unique + "@horizonte.example>", replies.get(0).authorName());
    assertTrue(replies.get(0).body().contains("o problema continua"));
    assertEquals("planilha.pdf", replies.get(0).attachments().get(0).fileName());
    List<Object[]> stored = attachmentRows.storageOf(opened.id());
    assertEquals(1, stored.size(), "only the accepted reply's file became an attachment");
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)),
        stored.get(0)[1]);
    assertEquals(List.of(), mailRows.heldFilesOf(colleagueId));
    assertEquals(List.of(), mailRows.heldFilesOf(strangerId), "the rejected reply's file is gone");
    assertFalse(
        Files.exists(attachmentStore.pathOf(strangersFile.get(0))), "and its bytes with it");
    assertTrue(
        acting.as("ana", () -> quarantine.page(PageRequest.of(0, 200))).stream()
            .noneMatch(q -> q.caseId() == opened.id()),
        "decided once, gone from the quarantine");
  }

  @Test
  void anAdministratorSavesTheMailboxSettingsCheckedFieldByFieldThePasswordSealedAndNeverShown()
      throws Exception {
    int port = Integer.getInteger("atende.imap.port", 3143);
    Map<String, MailboxForm> refused =
        Map.of(
            "imapHost", form("imap servidor", port, "suporte", "segredo", 60),
            "imapPort", form("127.0.0.1", 0, "suporte", "segredo", 60),
            "imapUser", form("127.0.0.1", port, "suporte\r\nA1 LOGOUT", "segredo", 60),
            "imapPollSeconds", form("127.0.0.1", port, "suporte", "segredo", 5));
    for (Map.Entry<String, MailboxForm> bad : refused.entrySet()) {
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class,
              () ->
                  acting.as(
                      "admin",
                      () -> {
                        review.save(bad.getValue());
                        return null;
                      }));
      assertEquals(bad.getKey(), e.field(), "the message names the field");
    }

    acting.as(
        "admin",
        () -> {
          review.save(form("127.0.0.1", port, "suporte", "segredo", 90));
          return null;
        });
    MailboxOverview saved = acting.as("admin", () -> review.overview());
    assertEquals("127.0.0.1", saved.host());
    assertEquals(port, saved.port());
    assertEquals(90, saved.pollSeconds());
    assertTrue(saved.passwordSaved());
    assertEquals("admin", saved.changedBy());
    assertEquals(
        Optional.empty(),
        acting.as("admin", () -> review.testConnection()),
        "the sealed password opens the mailbox");
    String sealed = mailRows.sealedMailboxPassword();
    assertFalse(sealed.contains("segredo"), "the database keeps it sealed");

    // A blank password keeps the saved one.
    acting.as(
        "admin",
        () -> {
          review.save(form("127.0.0.1", port, "suporte", "", 60));
          return null;
        });
    assertEquals(sealed, mailRows.sealedMailboxPassword());
    assertEquals(Optional.empty(), acting.as("admin", () -> review.testConnection()));

    String page =
        AgentOverHttp.loggedInAs("admin", "admin/mailbox.xhtml").get("admin/mailbox.xhtml");
    assertTrue(page.contains("value=\"127.0.0.1\""), "the form shows the saved host");
    assertFalse(page.contains("segredo") || page.contains(sealed), "never the password");
    List<String> log = administration.logOf(AdminLogEntry.Kind.MAILBOX, 1);
    assertTrue(log.size() >= 2, String.valueOf(log));
    assertTrue(log.get(log.size() - 1).startsWith("CHANGED by admin: 127.0.0.1:" + port));
    assertTrue(log.stream().noneMatch(line -> line.contains("segredo")), String.valueOf(log));
  }

  private static MailboxForm form(
      String host, int port, String user, String password, int pollSeconds) {
    return new MailboxForm(host, port, user, password, "INBOX", pollSeconds, false);
  }

  @Test
  void htmlOnlyAndAlternativeMessagesShowTheirTextOnceWithoutFetchingImages() throws Exception {
    String htmlOnly = "Apenas HTML " + unique;
    String alternative = "Alternativa " + unique;
    support.deliver(
        parse(
            "From: html." + unique + "@cliente.example",
            "Subject: " + htmlOnly,
            "Content-Type: text/html; charset=UTF-8",
            "",
            "<html><body><p>Veja <b>isto</b>.</p>"
                + "<img src=\"http://rastreio.example/pixel.png\" alt=\"\"></body></html>"));
    support.deliver(
        parse(
            "From: alt." + unique + "@cliente.example",
            "Subject: " + alternative,
            "Content-Type: multipart/alternative; boundary=\"alt\"",
            "",
            "--alt",
            "Content-Type: text/plain; charset=UTF-8",
            "",
            "Texto uma vez.",
            "--alt",
            "Content-Type: text/html; charset=UTF-8",
            "",
            "<p>Texto uma vez.</p><img src=\"https://rastreio.example/p.gif\">",
            "--alt--"));

    assertEquals(Map.of(Outcome.NEW_CASE, 2), mailbox.poll(settings, defaults));

    CaseDetails html = details(mailRows.casesWithSubject(htmlOnly).get(0));
    assertTrue(html.request().startsWith("Veja isto"), html.request());
    assertFalse(html.request().contains("rastreio"), "no image, no address of one");
    assertEquals(
        "Texto uma vez.", details(mailRows.casesWithSubject(alternative).get(0)).request());
  }

  @Test
  void aPdfNamedInRfc2231IsStoredByteForByteAndAFileOverTheLimitIsNamedInANote() throws Exception {
    byte[] pdf = ("%PDF-1.4\n% relatório " + unique + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    String withPdf = "Com PDF " + unique;
    support.deliver(
        parse(
            "From: pdf." + unique + "@cliente.example",
            "Subject: " + withPdf,
            "Content-Type: multipart/mixed; boundary=\"mix\"",
            "",
            "--mix",
            "Content-Type: text/plain; charset=UTF-8",
            "",
            "Segue o relatório.",
            "--mix",
            "Content-Type: application/pdf",
            "Content-Disposition: attachment; filename*=UTF-8''rela%C3%A7%C3%A3o%20fiscal.pdf",
            "Content-Transfer-Encoding: base64",
            "",
            java.util.Base64.getMimeEncoder().encodeToString(pdf),
            "--mix--"));
    String withBigFile = "Arquivo grande " + unique;
    support.deliver(withFile(withBigFile, "enorme.pdf", new byte[26 * 1024 * 1024]));

    assertEquals(Map.of(Outcome.NEW_CASE, 2), mailbox.poll(settings, defaults));

    long pdfCase = mailRows.casesWithSubject(withPdf).get(0);
    List<Object[]> stored = attachmentRows.storageOf(pdfCase);
    assertEquals(1, stored.size());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)),
        stored.get(0)[1]);
    DiscussionItem entry = entries(pdfCase, DiscussionKind.CLIENT_REPLY).get(0);
    assertEquals("relação fiscal.pdf", entry.attachments().get(0).fileName());

    long bigCase = mailRows.casesWithSubject(withBigFile).get(0);
    assertEquals(0, attachmentRows.storageOf(bigCase).size());
    List<DiscussionItem> refused = entries(bigCase, DiscussionKind.FILES_REFUSED);
    assertEquals(1, refused.size());
    assertTrue(refused.get(0).body().contains("enorme.pdf"), refused.get(0).body());
  }

  @Test
  void subjectsSplitIntoEncodedWordsAreDecodedWholeInLatin1AndUtf8() throws Exception {
    support.deliver(
        parse(
            "From: split1." + unique + "@cliente.example",
            "Subject: =?ISO-8859-1?Q?Solicita=E7?=",
            " =?ISO-8859-1?Q?=E3o_" + unique + "?=",
            "",
            "Latin-1."));
    support.deliver(
        parse(
            "From: split2." + unique + "@cliente.example",
            "Subject: =?UTF-8?Q?Configura=C3?= =?UTF-8?Q?=A7=C3=A3o_?=",
            " =?UTF-8?B?" + base64("de impressão " + unique) + "?=",
            "",
            "UTF-8."));

    assertEquals(Map.of(Outcome.NEW_CASE, 2), mailbox.poll(settings, defaults));

    assertEquals(1, mailRows.casesWithSubject("Solicitação " + unique).size());
    assertEquals(1, mailRows.casesWithSubject("Configuração de impressão " + unique).size());
  }

  @Test
  void autoRepliesBouncesAndAtendesOwnMailNeverBecomeCasesOrRepliesAndGetNoAnswer()
      throws Exception {
    OpenedCase opened = openForPaulo("Devolvido");
    MimeMessage openingEmail = awaitEmail(opened.number());
    String ooo = "Resposta automatica: " + openingEmail.getSubject();
    support.deliver(
        parse(
            "From: Paulo Santos <paulo@horizonte.example>",
            "Subject: " + ooo,
            "Message-ID: <ooo." + unique + "@horizonte.example>",
            "In-Reply-To: " + openingEmail.getMessageID(),
            "Auto-Submitted: auto-replied",
            "X-Auto-Response-Suppress: All",
            "Content-Type: text/plain; charset=UTF-8",
            "",
            "Estou de férias até segunda."));
    support.deliver(
        parse(
            "From: Mail Delivery System <MAILER-DAEMON@mx.horizonte.example>",
            "Subject: Undelivered Mail Returned to Sender",
            "Message-ID: <bounce." + unique + "@mx.horizonte.example>",
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"dsn\"",
            "",
            "--dsn",
            "Content-Type: text/plain",
            "",
            "Your message could not be delivered.",
            "--dsn",
            "Content-Type: message/delivery-status",
            "",
            "Reporting-MTA: dns; mx.horizonte.example",
            "",
            "Final-Recipient: rfc822; paulo@horizonte.example",
            "Action: failed",
            "Status: 5.1.1",
            "Diagnostic-Code: smtp; 550 5.1.1 mailbox unknown",
            "--dsn",
            "Content-Type: text/rfc822-headers",
            "",
            "From: Central de Atendimento <" + SUPPORT + ">",
            "To: paulo@horizonte.example",
            "Subject: " + openingEmail.getSubject(),
            "Message-ID: " + openingEmail.getMessageID(),
            "--dsn--"));
    // Atende's own notification, come back to the support mailbox as it was sent.
    support.deliver(openingEmail);
    support.deliver(
        parse(
            "From: " + SUPPORT,
            "Subject: Do proprio suporte " + unique,
            "Message-ID: <self." + unique + "@atende.example>",
            "",
            "Mensagem do endereço de suporte."));

    assertEquals(
        Map.of(Outcome.AUTO_REPLY, 1, Outcome.BOUNCE, 1, Outcome.LOOP, 2),
        mailbox.poll(settings, defaults));

    assertEquals(0, mailRows.clientRepliesOf(opened.id()));
    assertTrue(mailRows.casesWithSubject(ooo).isEmpty());
    assertTrue(mailRows.casesWithSubject("Do proprio suporte " + unique).isEmpty());
    assertNotNull(mailRows.email("case-opened:" + opened.id()).getBouncedAt(), "marked bounced");
    List<DiscussionItem> bounced = entries(opened.id(), DiscussionKind.EMAIL_BOUNCED);
    assertEquals(1, bounced.size());
    assertTrue(bounced.get(0).body().contains("horizonte.example"), bounced.get(0).body());
    assertTrue(bounced.get(0).body().contains("550 5.1.1"), bounced.get(0).body());
    // Every email Atende sends is first a row of its outbox, written with the change it tells of.
    assertEquals(
        0,
        mailRows.emailsTo(List.of("mailer-daemon@mx.horizonte.example", SUPPORT)),
        "nothing to the bounce's sender or the support address");
    assertEquals(1, mailRows.emailsOf(opened.id(), ""), "only the opening email, no answer");
  }

  @Test
  void lineBreaksInjectedThroughEncodedWordsInFromReplyToAndSubjectAreRemoved() throws Exception {
    support.deliver(
        parse(
            "From: =?UTF-8?Q?Eva=0D=0ABcc=3A_alvo=40evil.example?= <eva."
                + unique
                + "@cliente.example>",
            "Reply-To: =?UTF-8?Q?x=0D=0ABcc=3A_alvo=40evil.example?= <eva."
                + unique
                + "@cliente.example>",
            "Subject: =?UTF-8?Q?Oi_" + unique + "=0D=0ABcc:_alvo@evil.example?=",
            "",
            "Injeção."));

    assertEquals(Map.of(Outcome.NEW_CASE, 1), mailbox.poll(settings, defaults));

    List<Long> opened = mailRows.casesWithSubject("Oi " + unique + " Bcc: alvo@evil.example");
    assertEquals(1, opened.size(), "the subject on one line");
    String sender = mailRows.emailSenderOf(opened.get(0));
    assertEquals("Eva Bcc: alvo@evil.example <eva." + unique + "@cliente.example>", sender);
    assertFalse(sender.contains("\r") || sender.contains("\n"));
  }

  @Test
  void truncatedUndecodableAndOversizedMessagesAreKeptAsideOnceAndNeverStopTheNext()
      throws Exception {
    support.deliver(
        parse(
            "From: trunc." + unique + "@cliente.example",
            "Subject: Truncada " + unique,
            "Content-Type: multipart/mixed; boundary=\"cut\"",
            "",
            "--cut",
            "Content-Type: text/plain; charset=UTF-8",
            "",
            "Veja o anexo.",
            "--cut",
            "Content-Type: application/pdf; name=\"imenso.pdf\"",
            "Content-Disposition: attachment; filename=\"imenso.pdf\"; size=2147483647",
            "Content-Length: 2147483647",
            "Content-Transfer-Encoding: base64",
            "",
            "JVBERi0xLjQKJcfs",
            "JVBERi0x"));
    String undecodableId = "<undecodable." + unique + "@cliente.example>";
    MimeMessage undecodable =
        parse(
            "From: ruim." + unique + "@cliente.example",
            "Subject: Ilegivel " + unique,
            "Message-ID: " + undecodableId,
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
            "",
            "@@@!!!*** ==== ab");
    support.deliver(undecodable);
    String oversizedId = "<grande." + unique + "@cliente.example>";
    MimeMessage oversized = withFile("Grande " + unique, "grande.pdf", new byte[1024 * 1024]);
    oversized.setHeader("Message-ID", oversizedId);
    support.deliver(oversized);
    String good = "Depois dos ruins " + unique;
    support.deliver(
        parse("From: bom." + unique + "@cliente.example", "Subject: " + good, "", "Ok."));
    MailboxSettings capped =
        new MailboxSettings(
            settings.host(),
            settings.port(),
            settings.user(),
            settings.password(),
            settings.folder(),
            null,
            512 * 1024);

    assertEquals(
        Map.of(Outcome.NEW_CASE, 2, Outcome.KEPT_ASIDE, 2), mailbox.poll(capped, defaults));
    assertEquals(Map.of(), mailbox.poll(capped, defaults), "nothing kept aside is retried");
    support.deliver(undecodable);
    assertEquals(Map.of(Outcome.DUPLICATE, 1), mailbox.poll(capped, defaults), "kept aside once");

    assertEquals(1, mailRows.casesWithSubject(good).size());
    long truncated = mailRows.casesWithSubject("Truncada " + unique).get(0);
    assertEquals("Veja o anexo.", details(truncated).request());
    assertEquals(
        List.of("KEPT_ASIDE|ruim." + unique + "@cliente.example|Ilegivel " + unique),
        mailRows.inbound(undecodableId));
    assertTrue(mailRows.inbound(oversizedId).get(0).startsWith("KEPT_ASIDE|"));
  }

  private void assertSender(MimeMessage email, String name) throws Exception {
    InternetAddress from = (InternetAddress) email.getFrom()[0];
    assertEquals(SUPPORT, from.getAddress());
    assertEquals(name, from.getPersonal());
    assertEquals(SUPPORT, ((InternetAddress) email.getReplyTo()[0]).getAddress());
    assertTrue(email.getMessageID().endsWith("@" + DOMAIN + ">"), email.getMessageID());
    assertEquals("auto-generated", email.getHeader("Auto-Submitted", null));
  }

  private List<DiscussionItem> entries(long caseId, DiscussionKind kind) throws Exception {
    return acting.as("ana", () -> discussion.discussion(caseId, PageRequest.of(0, 50))).stream()
        .filter(e -> e.kind() == kind)
        .toList();
  }

  private CaseDetails details(long caseId) throws Exception {
    return acting.as("ana", () -> cases.details(caseId));
  }

  private OpenedCase openForPaulo(String subject) throws Exception {
    long metalurgica = openings.partyId("ana", "Metalúrgica");
    ContactOption paulo =
        acting.as("ana", () -> parties.contactsOf(metalurgica)).stream()
            .filter(c -> c.name().equals("Paulo Santos"))
            .findFirst()
            .orElseThrow();
    return acting.as(
        "ana",
        () ->
            cases.open(
                Openings.command(
                    cases.openingDefaults(),
                    metalurgica,
                    paulo.id(),
                    subject + " " + unique,
                    "A impressora borra as etiquetas.",
                    Priority.NORMAL,
                    null,
                    true,
                    "PHONE",
                    ContactOrigin.CLIENT)));
  }

  /** The first email whose subject contains every word; waits for it to arrive. */
  private MimeMessage awaitEmail(String... subjectWords) throws Exception {
    return awaitEmailTo(null, subjectWords);
  }

  /** The same, sent to the recipient (any when null). */
  private MimeMessage awaitEmailTo(String recipient, String... subjectWords) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      for (MimeMessage found : mailServer.getReceivedMessages()) {
        String subject = found.getSubject();
        if (subject != null
            && Arrays.stream(subjectWords).allMatch(subject::contains)
            && (recipient == null
                || found
                    .getRecipients(Message.RecipientType.TO)[0]
                    .toString()
                    .equalsIgnoreCase(recipient))) {
          return found;
        }
      }
      mailServer.waitForIncomingEmail(500, mailServer.getReceivedMessages().length + 1);
    }
    throw new AssertionError("no email with " + Arrays.toString(subjectWords));
  }

  /** A message with a text and one PDF, as a mail program writes it. */
  private static MimeMessage withPdf(
      String from, String subject, String messageId, String text, String fileName, byte[] pdf)
      throws Exception {
    return parse(
        "From: " + from,
        "Subject: " + subject,
        "Message-ID: " + messageId,
        "Content-Type: multipart/mixed; boundary=\"mix\"",
        "",
        "--mix",
        "Content-Type: text/plain; charset=UTF-8",
        "",
        text,
        "--mix",
        "Content-Type: application/pdf",
        "Content-Disposition: attachment; filename=\"" + fileName + "\"",
        "Content-Transfer-Encoding: base64",
        "",
        java.util.Base64.getMimeEncoder().encodeToString(pdf),
        "--mix--");
  }

  private MimeMessage withFile(String subject, String fileName, byte[] content) throws Exception {
    byte[] bytes = content.clone();
    byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, bytes, 0, header.length);
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    message.setFrom(new InternetAddress("arquivo." + unique + "@cliente.example"));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(SUPPORT));
    message.setSubject(subject, "UTF-8");
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Segue o arquivo.", "UTF-8");
    MimeBodyPart file = new MimeBodyPart();
    file.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, "application/pdf")));
    file.setFileName(fileName);
    file.setDisposition(MimeBodyPart.ATTACHMENT);
    message.setContent(new MimeMultipart(text, file));
    message.saveChanges();
    return message;
  }

  /** A message exactly as written, line by line (CRLF), UTF-8 in its 8-bit parts. */
  private static MimeMessage parse(String... lines) throws Exception {
    return parse(StandardCharsets.UTF_8, lines);
  }

  private static MimeMessage parseLatin1(String... lines) throws Exception {
    return parse(StandardCharsets.ISO_8859_1, lines);
  }

  private static MimeMessage parse(java.nio.charset.Charset charset, String... lines)
      throws Exception {
    String headers = "To: " + SUPPORT + "\r\nMIME-Version: 1.0\r\n";
    byte[] raw = (headers + String.join("\r\n", lines) + "\r\n").getBytes(charset);
    return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
  }

  private static String base64(String text) {
    return java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
