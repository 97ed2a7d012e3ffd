package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An agent logs in, opens a case for a party found by name, and finds it in the department queue.
 */
@RunAsClient
class OpenCaseInBrowserIT extends AgentAtTheBrowser {

  @Test
  void anAgentOpensACaseAndSeesItInTheQueue() {
    String token = "zx" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    String subject = "Boleto não chegou " + token;

    browser.open(atende + "cases/open.xhtml");
    browser.logIn("ana", "atende");
    browser.until(ExpectedConditions.urlContains("/cases/open.xhtml"));

    browser.type(By.id("openForm:party_input"), "Metal");
    browser.click(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("openForm:contact"), "Paulo Santos"));
    browser.choose("openForm:channel", "channel", "PHONE", "Telefone");
    browser.type(By.id("openForm:subject"), subject);
    browser.type(By.id("openForm:request"), "O cliente não recebeu o boleto de novembro.");
    browser.click(By.id("openForm:submit"));

    browser.until(ExpectedConditions.urlContains("/cases/view.xhtml"));
    assertEquals(subject, browser.textOf(By.id("case-subject")));
    String number = browser.textOf(By.id("case-number"));
    assertTrue(
        browser.pageText().contains("Atendimento " + number + " aberto."), browser.pageText());

    // From the case, a new case for the same client starts with the client already chosen.
    browser.openTab("caseForm:tabs:timelineTab");
    assertTrue(browser.textOf(By.id("caseForm:tabs:timeline")).contains(number));
    browser.click(By.id("caseForm:tabs:sameParty"));
    browser.until(ExpectedConditions.urlContains("/cases/open.xhtml"));
    browser.until(
        ExpectedConditions.attributeToBe(
            By.id("openForm:party_input"), "value", "Metalúrgica Horizonte Ltda"));

    browser.click(By.id("nav:queue"));
    browser.until(ExpectedConditions.urlContains("/cases/queue.xhtml"));
    String firstRow = browser.textOf(By.cssSelector("#queueForm\\:queue_data tr:first-child"));
    assertTrue(firstRow.contains(number), firstRow);
    assertTrue(firstRow.contains(subject), firstRow);
    assertTrue(firstRow.contains("Metalúrgica Horizonte Ltda"), firstRow);

    browser.click(By.id("nav:search"));
    browser.until(ExpectedConditions.urlContains("/cases/search.xhtml"));
    browser.type(By.id("searchForm:terms"), token);
    browser.click(By.id("searchForm:search"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("searchForm:found"), number));

    // The search is bookmarkable: its link runs it again.
    browser.open(atende + "cases/search.xhtml?q=" + token);
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("searchForm:found"), number));
    browser.until(ExpectedConditions.attributeToBe(By.id("searchForm:terms"), "value", token));
  }

  @Test
  void aSupervisorOpensACaseIntoAnAgentsHandsAtALevelThenSearchesSimilarSubjectsFromIt() {
    String token = "zy" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    String subject = "Leitor de etiquetas " + token;

    browser.open(atende + "cases/open.xhtml");
    browser.logIn("carla", "atende");
    browser.until(ExpectedConditions.urlContains("/cases/open.xhtml"));
    browser.type(By.id("openForm:party_input"), "Metal");
    browser.click(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("openForm:contact"), "Paulo Santos"));
    browser.choose("openForm:channel", "channel", "PHONE", "Telefone");
    browser.choose(
        "openForm:assignee",
        "assignee",
        browser.optionValue("openForm:assignee_input", "Ana Souza"),
        "Ana Souza");
    browser.type(By.id("openForm:accessLevel_input"), "1");
    browser.type(By.id("openForm:subject"), subject);
    browser.type(By.id("openForm:request"), "O leitor não reconhece as etiquetas novas.");
    browser.click(By.id("openForm:submit"));

    browser.until(ExpectedConditions.urlContains("/cases/view.xhtml"));
    String number = browser.textOf(By.id("case-number"));
    assertEquals("Ana Souza", browser.textOf(By.id("case-holder")));
    assertEquals("1", browser.textOf(By.id("case-accessLevel")));

    String caseId = browser.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
    browser.open(atende + "cases/search.xhtml?fromCase=" + caseId);
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("searchForm:found"), number));
    browser.until(ExpectedConditions.attributeToBe(By.id("searchForm:terms"), "value", subject));
  }

  @Test
  void aWrongPasswordKeepsTheAgentOnTheLoginPageWithAMessage() {
    browser.open(atende + "cases/queue.xhtml");
    browser.logIn("ana", "wrong-password");

    assertEquals("Usuário ou senha inválidos.", browser.textOf(By.id("login-failed")));
  }
}
