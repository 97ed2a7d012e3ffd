package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.administration.application.DepartmentAdministration;
import br.com.atende.administration.application.DepartmentForm;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.OpenCaseCommand;
import br.com.atende.cases.application.OpeningDefaults;
import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import br.com.atende.it.support.AccountRows;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Fixtures;
import br.com.atende.it.support.Openings;
import br.com.atende.organization.model.Role;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Accounts in the browser. "Esqueci minha senha" end to end: from the login page to the link in the
 * email (GreenMail in this test's JVM, on the port the server sends to), a new password, and a
 * login with it; the link then refuses. The agent is this test's own, given the demo password again
 * in the server first. And an invitation end to end (issue 15): an administrator creates an agent
 * with clearance 2 in a new department, the agent chooses a password through the emailed link and
 * finds the department's level-2 case in its queue.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PasswordRecoveryInBrowserIT {

  private static final String LOGIN = "recupera.navegador";

  private static final String NEW_PASSWORD = "girafa teclado nuvem";

  private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

  @Inject AccountRows rows;

  @ArquillianResource URL atende;

  @Test
  @Order(1)
  void theAgentOfThisTestHasTheDemoPassword() throws Exception {
    rows.demoPasswordFor(LOGIN);
    assertTrue(rows.realmAccepts(LOGIN, "atende"));
  }

  @Test
  @Order(2)
  @RunAsClient
  void anAgentWhoForgotThePasswordChoosesANewOneFromTheEmailedLinkAndLogsInWithIt()
      throws Exception {
    GreenMail smtp =
        new GreenMail(
            new ServerSetup(
                Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    // Arquillian gives the server's root when the EAR has two web modules: the pages' context is
    // named.
    String atende = URI.create(this.atende.toString()).resolve("/atende/").toString();
    try (Browser browser = new Browser()) {
      browser.open(atende + "cases/queue.xhtml");
      browser.click(By.id("login-forgot"));
      browser.type(By.id("forgot:login"), LOGIN);
      browser.click(By.id("forgot:send"));
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("forgot-sent")));
      assertTrue(browser.textOf(By.id("forgot-sent")).startsWith("Se o login informado existir"));

      Matcher token = TOKEN.matcher(textOf(awaitEmailTo(smtp, LOGIN + "@acme.example")));
      assertTrue(token.find());
      String link = atende + "public/password.xhtml?token=" + token.group(1);

      browser.open(link);
      assertTrue(browser.textOf(By.id("password-for")).contains(LOGIN));
      browser.type(By.id("password:newPassword"), NEW_PASSWORD);
      browser.type(By.id("password:confirmation"), NEW_PASSWORD);
      browser.click(By.id("password:choose"));
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-chosen")));

      browser.click(By.id("password-login"));
      browser.logIn(LOGIN, NEW_PASSWORD);
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav:password")));

      browser.open(link);
      browser.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("password-state"), "Este link já foi usado"));
    } finally {
      smtp.stop();
    }
  }

  private static final String INVITED = "convidada.navegador";

  private static final String INVITED_PASSWORD = "janela pomar vitrola";

  private static final String NEW_DEPARTMENT = "Mesa do convite";

  private static final String LEVEL_TWO_SUBJECT = "Caso de nível dois da mesa do convite";

  @Inject DepartmentAdministration departments;

  @Inject Fixtures fixtures;

  @Inject Openings openings;

  @Inject ActingAgent acting;

  @Inject CaseService cases;

  @Test
  @Order(3)
  void aNewDepartmentHasALevelTwoCaseWaitingInItsQueue() throws Exception {
    long acme =
        acting.as("admin", () -> departments.companies()).stream()
            .filter(c -> c.name().startsWith("ACME"))
            .findFirst()
            .orElseThrow()
            .id();
    long department =
        acting.as("admin", () -> departments.create(new DepartmentForm(acme, NEW_DEPARTMENT)));
    String opener = fixtures.agent(3, Set.of(), Role.SUPERVISOR, Role.AGENT);
    long party = openings.partyId(opener, "Helen");
    acting.as(
        opener,
        () -> {
          OpeningDefaults defaults = cases.openingDefaults();
          return cases.open(
              new OpenCaseCommand(
                  defaults.companyId(),
                  department,
                  defaults.caseTypeId(),
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
                  LEVEL_TWO_SUBJECT,
                  "Só quem tem nível 2 vê.",
                  Priority.NORMAL,
                  null,
                  false,
                  2,
                  null,
                  null));
        });
  }

  @Test
  @Order(4)
  @RunAsClient
  void anAdministratorCreatesAnAgentWithClearanceTwoInTheNewDepartmentWhoAcceptsTheInvitation()
      throws Exception {
    GreenMail smtp =
        new GreenMail(
            new ServerSetup(
                Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    String atende = URI.create(this.atende.toString()).resolve("/atende/").toString();
    try (Browser browser = new Browser()) {
      browser.open(atende + "admin/agents.xhtml");
      browser.logIn("admin", "atende");
      browser.type(By.id("agentsForm:login"), INVITED);
      browser.type(By.id("agentsForm:name"), "Convidada Navegador");
      browser.type(By.id("agentsForm:email"), INVITED + "@acme.example");
      browser.choose(
          "agentsForm:department",
          "agentDepartment",
          browser.optionValue("agentsForm:department_input", NEW_DEPARTMENT),
          NEW_DEPARTMENT);
      browser.choose("agentsForm:clearance", "agentClearance", "2", "2");
      browser.click(By.id("agentsForm:saveAgent"));
      browser.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("agentsForm:messages"), "convite para escolher a senha foi enviado"));

      Matcher token = TOKEN.matcher(textOf(awaitEmailTo(smtp, INVITED + "@acme.example")));
      assertTrue(token.find());
      browser.click(By.id("nav:logout"));
      browser.until(ExpectedConditions.urlContains("/login.xhtml"));
      browser.open(atende + "public/password.xhtml?token=" + token.group(1));
      assertTrue(browser.textOf(By.id("password-for")).contains(INVITED));
      browser.type(By.id("password:newPassword"), INVITED_PASSWORD);
      browser.type(By.id("password:confirmation"), INVITED_PASSWORD);
      browser.click(By.id("password:choose"));
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-chosen")));

      browser.click(By.id("password-login"));
      browser.logIn(INVITED, INVITED_PASSWORD);
      browser.open(atende + "cases/queue.xhtml");
      browser.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("queueForm:queue"), LEVEL_TWO_SUBJECT));
    } finally {
      smtp.stop();
    }
  }

  private static MimeMessage awaitEmailTo(GreenMail smtp, String recipient) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(deadline)) {
      for (MimeMessage message : smtp.getReceivedMessages()) {
        if (recipient.equals(message.getRecipients(Message.RecipientType.TO)[0].toString())) {
          return message;
        }
      }
      smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
    }
    throw new AssertionError("no email to " + recipient);
  }

  private static String textOf(MimeMessage message) throws Exception {
    return (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
  }
}
