package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The client's side of a solution notification: the link in the email opens a public page (no
 * login), whose confirmation concludes the case once; the same link then refuses. GreenMail runs in
 * this test's JVM, on the port the server sends to (-Dit.smtp.port).
 */
@RunAsClient
class CaseResponseInBrowserIT extends AgentAtTheBrowser {

  private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

  @Test
  void theClientConfirmsAndRatesFromTheEmailedLinkWithoutLoggingInAndTheLinkThenRefuses()
      throws Exception {
    GreenMail smtp =
        new GreenMail(
            new ServerSetup(
                Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      String subject = "Etiqueta torta " + UUID.randomUUID().toString().substring(0, 8);
      browser.open(atende + "cases/open.xhtml");
      browser.logIn("ana", "atende");
      browser.until(ExpectedConditions.urlContains("/cases/open.xhtml"));
      browser.type(By.id("openForm:party_input"), "Metal");
      browser.click(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item"));
      browser.choose("openForm:channel", "channel", "PHONE", "Telefone");
      browser.type(By.id("openForm:subject"), subject);
      browser.type(By.id("openForm:request"), "A etiqueta sai torta.");
      browser.tick("openForm:assignToMe");
      browser.click(By.id("openForm:submit"));
      browser.until(ExpectedConditions.urlContains("/cases/view.xhtml"));
      String caseUrl = browser.currentUrl();
      String number = browser.textOf(By.id("case-number"));

      browser.click(By.id("caseForm:openStatus"));

      browser.choose("caseForm:targetStatus", "targetStatus", "NOTIFIED", "Concluído respondido");
      browser.click(By.id("caseForm:changeStatus"));
      browser.until(ExpectedConditions.textToBe(By.id("case-status"), "Concluído respondido"));

      Matcher token = TOKEN.matcher(textOf(awaitEmail(smtp, number)));
      assertTrue(token.find());
      String link = atende + "public/case-response.xhtml?token=" + token.group(1);

      try (Browser client = new Browser()) {
        client.open(link);
        assertTrue(client.pageText().contains(number), client.pageText());
        client.click(By.cssSelector("input[name='response:rating'][value='5']"));
        client.type(By.id("response:comment"), "Resolveram rápido.");
        client.click(By.id("response:confirm"));
        client.until(
            ExpectedConditions.textToBe(
                By.id("response-done"), "Obrigado! A solução foi confirmada."));

        client.open(link);
        client.until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("response-state"), "Este link já foi usado"));
        assertTrue(client.pageText().contains("Este link já foi usado"));
      }

      browser.open(caseUrl);
      browser.until(ExpectedConditions.textToBe(By.id("case-status"), "Concluído confirmado"));
    } finally {
      smtp.stop();
    }
  }

  private static MimeMessage awaitEmail(GreenMail smtp, String number) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      MimeMessage found =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> subjectOf(m).contains(number) && subjectOf(m).contains("Solução"))
              .findFirst()
              .orElse(null);
      if (found != null) {
        return found;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no solution email about " + number);
  }

  private static String textOf(MimeMessage message) throws Exception {
    jakarta.mail.internet.MimeMultipart alternative =
        (jakarta.mail.internet.MimeMultipart) message.getContent();
    return (String) alternative.getBodyPart(0).getContent();
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
