package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An agent looks for a FAQ from a case's FAQ tab, typing without accents, and solves the case with
 * it: the answer lands in the Solution tab and, as a possible solution, in the discussion.
 */
@RunAsClient
class FaqInBrowserIT extends AgentAtTheBrowser {

  @Test
  void anAgentFindsAFaqFromACaseWithoutAccentsAndSolvesTheCaseWithIt() {
    String subject = "Etiqueta borrada " + UUID.randomUUID().toString().substring(0, 8);
    browser.open(atende + "cases/open.xhtml");
    browser.logIn("ana", "atende");
    browser.until(ExpectedConditions.urlContains("/cases/open.xhtml"));
    browser.type(By.id("openForm:party_input"), "529.982.247-25");
    browser.click(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item"));
    browser.choose("openForm:channel", "channel", "PHONE", "Telefone");
    browser.type(By.id("openForm:subject"), subject);
    browser.type(By.id("openForm:request"), "As etiquetas saem borradas da impressora.");
    browser.tick("openForm:assignToMe");
    browser.click(By.id("openForm:submit"));
    browser.until(ExpectedConditions.urlContains("/cases/view.xhtml"));

    // Demo data: the approved entry "Solução para etiqueta borrada na impressão".
    browser.openTab("caseForm:tabs:faqTab");
    browser.type(By.id("caseForm:tabs:faqTerms"), "solucao etiqueta");
    browser.click(By.id("caseForm:tabs:faqSearch"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("caseForm:tabs:faqHits"), "Solução para etiqueta borrada na impressão"));
    browser.click(
        By.xpath(
            "//*[@id='caseForm:tabs:faqHits']//tr[contains(., 'etiqueta borrada')]"
                + "//button[contains(@class,'faq-solve')]"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messages"), "registrada como possível solução"));

    browser.openTab("caseForm:tabs:solutionTab");
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("caseForm:tabs:solutions"), "reduza a temperatura para 25"));
    String discussion = browser.textOf(By.id("caseForm:entries"));
    assertTrue(discussion.contains("Possível solução"), discussion);
    assertTrue(discussion.contains("reduza a temperatura para 25"), discussion);
  }
}
