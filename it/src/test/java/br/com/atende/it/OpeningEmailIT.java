package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Openings;
import br.com.atende.party.application.ContactOption;
import br.com.atende.party.application.LookupBy;
import br.com.atende.party.application.PartyOption;
import br.com.atende.party.application.PartyService;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The opening email, read back from a real SMTP server (GreenMail on 127.0.0.1:3025, or
 * -Dit.smtp.port, where the test server's mail session points) after the case's transaction
 * committed.
 */
@ExtendWith(ArquillianExtension.class)
class OpeningEmailIT {

  private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);

  @Inject ActingAgent acting;

  @Inject CaseService cases;

  @Inject PartyService parties;

  private GreenMail smtp;

  @BeforeEach
  void startSmtpServer() {
    smtp =
        new GreenMail(
            new ServerSetup(
                Integer.getInteger("atende.smtp.port", 3025),
                "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stopSmtpServer() {
    smtp.stop();
  }

  @Test
  void theContactReceivesTheOpeningEmailInPortugueseWithTextAndEscapedHtmlParts() throws Exception {
    PartyOption metalurgica =
        acting.as("ana", () -> parties.lookup(null, LookupBy.NAME_OR_TAX_ID, "Metalúrgica").get(0));
    ContactOption paulo =
        acting.as("ana", () -> parties.contactsOf(metalurgica.id())).stream()
            .filter(c -> c.name().equals("Paulo Santos"))
            .findFirst()
            .orElseThrow();
    String subject = "Etiqueta <b>borrada</b> " + UUID.randomUUID().toString().substring(0, 8);

    OpenedCase opened =
        acting.as(
            "ana",
            () ->
                cases.open(
                    Openings.command(
                        cases.openingDefaults(),
                        metalurgica.id(),
                        paulo.id(),
                        subject,
                        "A impressora borra as etiquetas.",
                        Priority.NORMAL,
                        null,
                        false,
                        "PHONE",
                        ContactOrigin.CLIENT)));
    assertTrue(opened.openingEmailQueued());

    MimeMessage email = awaitEmailAbout(opened.number());
    assertEquals("[Atendimento " + opened.number() + "] " + subject, email.getSubject());
    assertEquals(
        "paulo@horizonte.example", email.getRecipients(Message.RecipientType.TO)[0].toString());

    MimeMultipart alternative = (MimeMultipart) email.getContent();
    assertTrue(email.getContentType().startsWith("multipart/alternative"), email.getContentType());
    BodyPart text = alternative.getBodyPart(0);
    BodyPart html = alternative.getBodyPart(1);
    assertTrue(text.isMimeType("text/plain"));
    assertTrue(html.isMimeType("text/html"));
    String plain = (String) text.getContent();
    assertTrue(plain.startsWith("Olá, Paulo Santos."), plain);
    assertTrue(plain.contains(opened.number()));
    String markup = (String) html.getContent();
    assertTrue(markup.contains("Etiqueta &lt;b&gt;borrada&lt;/b&gt;"), markup);
    assertFalse(markup.contains("<b>borrada</b>"), markup);
  }

  @Test
  void withoutAContactThePartyReceivesTheEmailInItsOwnLanguage() throws Exception {
    // Demo party Helen Carter (a teacher) reads English and has no contact.
    PartyOption helen =
        acting.as("bruno", () -> parties.lookup(null, LookupBy.NAME_OR_TAX_ID, "Helen").get(0));
    String subject = "Timetable " + UUID.randomUUID().toString().substring(0, 8);

    OpenedCase opened =
        acting.as(
            "bruno",
            () ->
                cases.open(
                    Openings.command(
                        cases.openingDefaults(),
                        helen.id(),
                        null,
                        subject,
                        "Please send the new timetable.",
                        Priority.LOW,
                        null,
                        false,
                        "PHONE",
                        ContactOrigin.CLIENT)));

    MimeMessage email = awaitEmailAbout(opened.number());
    assertEquals("[Case " + opened.number() + "] " + subject, email.getSubject());
    assertEquals(
        "helen@docente.example", email.getRecipients(Message.RecipientType.TO)[0].toString());
  }

  /**
   * Waits for the email whose subject carries the case number; others (retries of earlier tests)
   * are ignored.
   */
  private MimeMessage awaitEmailAbout(String caseNumber) throws Exception {
    Instant deadline = Instant.now().plus(DELIVERY_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      MimeMessage found =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> subjectOf(m).contains(caseNumber))
              .findFirst()
              .orElse(null);
      if (found != null) {
        return found;
      }
      smtp.waitForIncomingEmail(1000, smtp.getReceivedMessages().length + 1);
    }
    throw new AssertionError("no email about case " + caseNumber + " within " + DELIVERY_TIMEOUT);
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
