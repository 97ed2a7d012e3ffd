package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.account.application.MyAccount;
import br.com.atende.cases.application.AddNoteCommand;
import br.com.atende.cases.application.AttachmentService;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.DiscussionItem;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.attachment.AttachmentUpload;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.DiscussionKind;
import br.com.atende.cases.model.Priority;
import br.com.atende.cases.notification.AgentAddress;
import br.com.atende.cases.notification.CaseEmailPart;
import br.com.atende.cases.notification.CaseEmailService;
import br.com.atende.cases.notification.SendCaseEmailCommand;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Fixtures;
import br.com.atende.it.support.MailRows;
import br.com.atende.it.support.MailServer;
import br.com.atende.it.support.Openings;
import br.com.atende.mail.application.MailTemplates;
import br.com.atende.mail.model.MailTemplate;
import br.com.atende.organization.model.Role;
import br.com.atende.party.application.ContactOption;
import br.com.atende.party.application.PartyService;
import br.com.atende.shared.InvalidInputException;
import br.com.atende.shared.PageRequest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Email about this case" (SPEC C6): to the client, agents and typed addresses, with the chosen
 * parts and files, worded by the company's template, recorded in the discussion.
 */
@ExtendWith(ArquillianExtension.class)
class CaseEmailIT {

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject CaseService cases;

  @Inject PartyService parties;

  @Inject DiscussionService discussion;

  @Inject AttachmentService attachments;

  @Inject CaseEmailService caseEmail;

  @Inject MailTemplates templates;

  @Inject MailRows mailRows;

  @Inject Fixtures fixtures;

  @Inject MyAccount myAccount;

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
  void theClientAChosenAgentAndATypedAddressEachGetTheChosenPartsAndFileInBothFormats()
      throws Exception {
    OpenedCase opened = openForPaulo("A impressora <borra> as etiquetas.");
    acting.as(
        "ana",
        () -> {
          discussion.addNote(
              new AddNoteCommand(
                  opened.id(),
                  "<p>Contrato anexo</p>",
                  false,
                  false,
                  List.of(AttachmentUpload.of("contrato.pdf", pdf()))));
          return null;
        });
    long fileId =
        acting
            .as("ana", () -> attachments.attachments(opened.id(), PageRequest.of(0, 10)))
            .get(0)
            .id();
    AgentAddress bruno =
        acting.as("ana", () -> caseEmail.agentsToCopy(opened.id())).stream()
            .filter(a -> a.name().startsWith("Bruno"))
            .findFirst()
            .orElseThrow();

    int recipients =
        acting.as(
            "ana",
            () ->
                caseEmail.send(
                    new SendCaseEmailCommand(
                        opened.id(),
                        true,
                        List.of(bruno.id()),
                        "externo@parceiro.example",
                        EnumSet.of(CaseEmailPart.REQUEST, CaseEmailPart.SUMMARY),
                        List.of(fileId),
                        "Veja abaixo.")));
    assertEquals(3, recipients);

    List<MimeMessage> emails = awaitEmails(opened.number(), 4); // the opening email and three
    Set<String> to =
        emails.stream()
            .filter(m -> !MailServer.subjectOf(m).equals(openingSubjectOf(opened)))
            .map(CaseEmailIT::recipientOf)
            .collect(Collectors.toSet());
    assertEquals(Set.of("paulo@horizonte.example", bruno.email(), "externo@parceiro.example"), to);

    MimeMessage toPaulo =
        emails.stream()
            .filter(m -> recipientOf(m).equals("paulo@horizonte.example"))
            .filter(m -> !MailServer.subjectOf(m).equals(openingSubjectOf(opened)))
            .findFirst()
            .orElseThrow();
    assertTrue(toPaulo.getContentType().startsWith("multipart/mixed"), toPaulo.getContentType());
    String text = MailServer.textPart(toPaulo);
    String html = MailServer.htmlPart(toPaulo);
    assertTrue(text.startsWith("Olá,"), text);
    assertTrue(text.contains("Veja abaixo."), text);
    assertTrue(text.contains("Solicitação\nA impressora <borra> as etiquetas."), text);
    assertTrue(text.contains("Resumo\nNúmero: " + opened.number()), text);
    assertTrue(text.contains("Situação: Em andamento"), text);
    assertFalse(text.contains("Solução"), "a part not chosen is not sent: " + text);
    assertTrue(html.contains("A impressora &lt;borra&gt; as etiquetas."), html);
    assertFalse(html.contains("<borra>"), html);
    Part file = ((MimeMultipart) toPaulo.getContent()).getBodyPart(1);
    assertEquals("contrato.pdf", file.getFileName());
    assertTrue(file.isMimeType("application/pdf"), file.getContentType());

    DiscussionItem entry =
        acting.as("ana", () -> discussion.discussion(opened.id(), PageRequest.of(0, 1))).get(0);
    assertEquals(DiscussionKind.EMAIL_SENT, entry.kind());
    assertTrue(entry.body().contains("parceiro.example"), entry.body());
  }

  @Test
  void eachChosenAgentReadsTheEmailInItsOwnLanguage() throws Exception {
    String english = fixtures.agent(1, Set.of(), Role.AGENT);
    acting.as(
        english,
        () -> {
          myAccount.changeLanguage("en");
          return null;
        });
    OpenedCase opened = openForPaulo("Pedido para dois colegas.");
    List<AgentAddress> offered = acting.as("ana", () -> caseEmail.agentsToCopy(opened.id()));
    AgentAddress reader =
        offered.stream()
            .filter(a -> a.name().equals("Agente " + english))
            .findFirst()
            .orElseThrow();
    AgentAddress bruno =
        offered.stream().filter(a -> a.name().startsWith("Bruno")).findFirst().orElseThrow();

    acting.as(
        "ana",
        () ->
            caseEmail.send(
                new SendCaseEmailCommand(
                    opened.id(),
                    false,
                    List.of(reader.id(), bruno.id()),
                    null,
                    EnumSet.of(CaseEmailPart.SUMMARY),
                    List.of(),
                    "Veja abaixo.")));

    List<MimeMessage> emails = awaitEmails(opened.number(), 3); // the opening email and two
    MimeMessage toReader =
        emails.stream()
            .filter(m -> recipientOf(m).equals(reader.email()))
            .findFirst()
            .orElseThrow();
    MimeMessage toBruno =
        emails.stream().filter(m -> recipientOf(m).equals(bruno.email())).findFirst().orElseThrow();
    assertTrue(MailServer.subjectOf(toReader).startsWith("[Case " + opened.number() + "]"));
    assertTrue(MailServer.textPart(toReader).startsWith("Hello,"), MailServer.textPart(toReader));
    assertTrue(MailServer.textPart(toReader).contains("Number: " + opened.number()));
    assertTrue(MailServer.subjectOf(toBruno).startsWith("[Atendimento " + opened.number() + "]"));
    assertTrue(MailServer.textPart(toBruno).startsWith("Olá,"), MailServer.textPart(toBruno));
  }

  @Test
  void aTypedAddressSmugglingAHeaderIsRefusedAndNothingIsQueued() throws Exception {
    OpenedCase opened = openForPaulo("Pedido.");
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                acting.as(
                    "ana",
                    () ->
                        caseEmail.send(
                            new SendCaseEmailCommand(
                                opened.id(),
                                false,
                                List.of(),
                                "ok@parceiro.example\r\nBcc: todos@alhures.example",
                                EnumSet.of(CaseEmailPart.REQUEST),
                                List.of(),
                                null))));
    assertEquals("otherAddresses", refused.field());
    assertEquals(0, mailRows.emailsOf(opened.id(), "case-email:"));
  }

  @Test
  void anEmailWithoutAnyRecipientIsRefused() throws Exception {
    OpenedCase opened = openForPaulo("Pedido.");
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                acting.as(
                    "ana",
                    () ->
                        caseEmail.send(
                            new SendCaseEmailCommand(
                                opened.id(), false, List.of(), " ", Set.of(), List.of(), null))));
    assertEquals("recipients", refused.field());
  }

  @Test
  void theCompanysOwnTemplateWordsTheEmailUntilItIsResetToTheDefault() throws Exception {
    acting.as(
        "admin",
        () -> {
          templates.save(
              MailTemplate.CASE_EMAIL,
              "pt-BR",
              "Caso {caseNumber}: {subject}",
              "Prezados,\n\n{parts}\n\nAtenciosamente, {agent} ({company})");
          return null;
        });
    try {
      OpenedCase opened = openForPaulo("Pedido pelo modelo.");
      sendTo(opened, "modelo@parceiro.example");
      MimeMessage email = mail.awaitEmail("Caso " + opened.number() + ":");
      String text = MailServer.textPart(email);
      assertTrue(text.startsWith("Prezados,"), text);
      assertTrue(text.contains("Atenciosamente, Ana"), text);
    } finally {
      acting.as(
          "admin",
          () -> {
            templates.reset(MailTemplate.CASE_EMAIL, "pt-BR");
            return null;
          });
    }
    OpenedCase after = openForPaulo("Pedido depois do modelo.");
    sendTo(after, "modelo@parceiro.example");
    assertTrue(
        MailServer.textPart(mail.awaitEmail("[Atendimento " + after.number() + "] Informações: "))
            .startsWith("Olá,"));
  }

  private void sendTo(OpenedCase opened, String address) throws Exception {
    acting.as(
        "ana",
        () ->
            caseEmail.send(
                new SendCaseEmailCommand(
                    opened.id(),
                    false,
                    List.of(),
                    address,
                    EnumSet.of(CaseEmailPart.REQUEST),
                    List.of(),
                    null)));
  }

  private String subjectUnique;

  private OpenedCase openForPaulo(String request) throws Exception {
    long metalurgica = openings.partyId("ana", "Metalúrgica");
    ContactOption paulo =
        acting.as("ana", () -> parties.contactsOf(metalurgica)).stream()
            .filter(c -> c.name().equals("Paulo Santos"))
            .findFirst()
            .orElseThrow();
    subjectUnique = request + " " + UUID.randomUUID().toString().substring(0, 8);
    String subject = subjectUnique;
    return acting.as(
        "ana",
        () ->
            cases.open(
                Openings.command(
                    cases.openingDefaults(),
                    metalurgica,
                    paulo.id(),
                    subject,
                    request,
                    Priority.NORMAL,
                    null,
                    true,
                    "PHONE",
                    ContactOrigin.CLIENT)));
  }

  private String openingSubjectOf(OpenedCase opened) {
    return "[Atendimento " + opened.number() + "] " + subjectUnique;
  }

  private List<MimeMessage> awaitEmails(String caseNumber, int count) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      List<MimeMessage> found =
          Arrays.stream(mail.received())
              .filter(m -> MailServer.subjectOf(m).contains(caseNumber))
              .toList();
      if (found.size() >= count) {
        return found;
      }
      Thread.sleep(250);
    }
    throw new AssertionError(count + " emails about " + caseNumber + " did not all arrive");
  }

  private static String recipientOf(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] pdf() {
    return "%PDF-1.7\n% contrato\n".getBytes(StandardCharsets.US_ASCII);
  }
}
