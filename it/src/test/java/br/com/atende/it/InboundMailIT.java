package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.CaseDetails;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.DiscussionItem;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.application.OpeningDefaults;
import br.com.atende.cases.intake.EmailIntake;
import br.com.atende.cases.intake.InboundImporter.Outcome;
import br.com.atende.cases.intake.InboundMailbox;
import br.com.atende.cases.intake.MailboxSettings;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.DiscussionKind;
import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.MailRows;
import br.com.atende.it.support.Openings;
import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.party.application.ContactOption;
import br.com.atende.party.application.PartyService;
import br.com.atende.shared.PageRequest;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inbound email (SPEC C6), read over IMAP from GreenMail inside the server (SMTP on
 * -Datende.smtp.port, IMAP on -Datende.imap.port): a reply lands in its case, a new email opens a
 * case, and reading the mailbox again imports nothing twice.
 */
@ExtendWith(ArquillianExtension.class)
class InboundMailIT {

  private static final String SUPPORT = "suporte@atende.example";

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject CaseService cases;

  @Inject DiscussionService discussion;

  @Inject PartyService parties;

  @Inject AgentDirectory agents;

  @Inject InboundMailbox mailbox;

  @Inject MailRows mailRows;

  private GreenMail mailServer;

  private GreenMailUser support;

  private MailboxSettings settings;

  private EmailIntake.Defaults defaults;

  private long metalurgica;

  private long helen;

  @BeforeEach
  void startMailServer() throws Exception {
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
    metalurgica = openings.partyId("ana", "Metalúrgica");
    helen = openings.partyId("ana", "Helen");
    OpeningDefaults opening = acting.as("ana", () -> cases.openingDefaults());
    long ana = acting.as("ana", () -> agents.currentAgent().getId());
    // Unknown senders' cases go to Helen Carter's party here: any party will do as the default.
    defaults = new EmailIntake.Defaults(opening.departmentId(), ana, helen, opening.caseTypeId());
  }

  @AfterEach
  void stopMailServer() {
    mailServer.stop();
  }

  @Test
  void aReplyToTheOpeningEmailIsAppendedToItsCaseWithoutTheQuotedTextAndMarksItAnswered()
      throws Exception {
    OpenedCase opened = openForPaulo();
    MimeMessage openingEmail = awaitEmailTo("paulo@horizonte.example", opened.number());
    String answered = openingEmail.getMessageID();
    assertTrue(answered.startsWith("<case." + opened.id() + "."), answered);

    support.deliver(
        email(
            "paulo@horizonte.example",
            "Re: " + openingEmail.getSubject(),
            answered,
            "Segue a foto da etiqueta <borrada>.\n\n> Registramos a sua solicitação"));
    Map<Outcome, Integer> outcomes = mailbox.poll(settings, defaults);

    assertEquals(Map.of(Outcome.REPLY, 1), outcomes);
    DiscussionItem reply =
        acting.as("ana", () -> discussion.discussion(opened.id(), PageRequest.of(0, 1))).get(0);
    assertEquals(DiscussionKind.CLIENT_REPLY, reply.kind());
    assertTrue(reply.body().contains("horizonte.example"), "the sender is named: " + reply.body());
    assertTrue(reply.body().contains("Segue a foto da etiqueta &lt;borrada&gt;."), reply.body());
    assertFalse(reply.body().contains("Registramos"), "quoted lines are dropped: " + reply.body());
    assertFalse(reply.body().contains("<borrada>"), reply.body());
    assertTrue(mailRows.awaitsAgent(opened.id()), "the case is marked answered by the client");
  }

  @Test
  void aNewEmailFromAKnownContactOpensACaseForItsParty() throws Exception {
    String subject = "Impressora nova " + UUID.randomUUID().toString().substring(0, 8);
    support.deliver(email("paulo@horizonte.example", subject, null, "Chegou sem cabo."));

    assertEquals(Map.of(Outcome.NEW_CASE, 1), mailbox.poll(settings, defaults));

    List<Long> opened = mailRows.casesWithSubject(subject);
    assertEquals(1, opened.size());
    CaseDetails details = acting.as("ana", () -> cases.details(opened.get(0)));
    assertEquals("Chegou sem cabo.", details.request());
    assertEquals("Paulo Santos", details.contactName());
    assertTrue(details.partyName().startsWith("Metalúrgica"), details.partyName());
  }

  @Test
  void aNewEmailFromAnUnknownSenderOpensACaseForTheDefaultParty() throws Exception {
    String subject = "Quem sou eu " + UUID.randomUUID().toString().substring(0, 8);
    support.deliver(email("alguem@desconhecido.example", subject, null, "Olá."));

    assertEquals(Map.of(Outcome.NEW_CASE, 1), mailbox.poll(settings, defaults));

    List<Long> opened = mailRows.casesWithSubject(subject);
    assertEquals(1, opened.size());
    assertTrue(
        acting.as("ana", () -> cases.details(opened.get(0))).partyName().startsWith("Helen"));
  }

  @Test
  void readingTheMailboxTwiceOrReceivingTheSameEmailTwiceImportsItOnce() throws Exception {
    String subject = "Duas vezes " + UUID.randomUUID().toString().substring(0, 8);
    MimeMessage sent = email("alguem@desconhecido.example", subject, null, "Uma vez só.");
    support.deliver(sent);
    assertEquals(Map.of(Outcome.NEW_CASE, 1), mailbox.poll(settings, defaults));

    assertEquals(Map.of(), mailbox.poll(settings, defaults), "nothing unseen is left");
    support.deliver(sent);
    assertEquals(Map.of(Outcome.DUPLICATE, 1), mailbox.poll(settings, defaults), "same Message-ID");

    assertEquals(1, mailRows.casesWithSubject(subject).size());
  }

  @Test
  void aForgedReplyTokenOpensACaseAndAStrangerReplyingWaitsInQuarantineInsteadOfEnteringTheCase()
      throws Exception {
    OpenedCase opened = openForPaulo();
    String genuine = awaitEmailTo("paulo@horizonte.example", opened.number()).getMessageID();
    String forged = genuine.replaceFirst("\\.([0-9a-f]{16})\\.", ".0000000000000000.");

    support.deliver(email("paulo@horizonte.example", "Re: forjado", forged, "Forjado."));
    support.deliver(email("alguem@desconhecido.example", "Re: estranho", genuine, "Estranho."));

    assertEquals(
        Map.of(Outcome.NEW_CASE, 1, Outcome.QUARANTINED, 1), mailbox.poll(settings, defaults));
    assertEquals(0, mailRows.clientRepliesOf(opened.id()));
  }

  private OpenedCase openForPaulo() throws Exception {
    ContactOption paulo =
        acting.as("ana", () -> parties.contactsOf(metalurgica)).stream()
            .filter(c -> c.name().equals("Paulo Santos"))
            .findFirst()
            .orElseThrow();
    String subject = "Etiqueta " + UUID.randomUUID().toString().substring(0, 8);
    return acting.as(
        "ana",
        () ->
            cases.open(
                Openings.command(
                    cases.openingDefaults(),
                    metalurgica,
                    paulo.id(),
                    subject,
                    "A impressora borra as etiquetas.",
                    Priority.NORMAL,
                    null,
                    false,
                    "PHONE",
                    ContactOrigin.CLIENT)));
  }

  private MimeMessage awaitEmailTo(String recipient, String caseNumber) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      MimeMessage found =
          Arrays.stream(mailServer.getReceivedMessages())
              .filter(m -> subjectOf(m).contains(caseNumber))
              .findFirst()
              .orElse(null);
      if (found != null) {
        assertEquals(recipient, found.getRecipients(Message.RecipientType.TO)[0].toString());
        return found;
      }
      mailServer.waitForIncomingEmail(500, mailServer.getReceivedMessages().length + 1);
    }
    throw new AssertionError("no email about " + caseNumber);
  }

  private static MimeMessage email(String from, String subject, String inReplyTo, String text)
      throws Exception {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(SUPPORT));
    message.setSubject(subject, "UTF-8");
    if (inReplyTo != null) {
      message.setHeader("In-Reply-To", inReplyTo);
      message.setHeader("References", inReplyTo);
    }
    message.setText(text, "UTF-8");
    message.saveChanges();
    return message;
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
