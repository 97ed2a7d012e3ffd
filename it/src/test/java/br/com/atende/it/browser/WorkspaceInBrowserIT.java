package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The agent's workspace: the facts of a case at a glance in its header, a reply written in the
 * composer under the conversation, and the queue worked with the keyboard alone. Screenshots of
 * both pages go to {@code screenshots.dir} ({@code it/target/screenshots}; the README's come from a
 * run with {@code -Dscreenshots.dir=../docs}).
 */
@RunAsClient
class WorkspaceInBrowserIT extends AgentAtTheBrowser {

  private static final Path SCREENSHOTS =
      Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

  @Test
  void anAgentReadsTheHeaderFactsAndRepliesFromTheComposer() {
    String subject = "Etiqueta ilegível " + unique();
    openCase(subject, true);

    assertTrue(browser.textOf(By.id("case-number")).matches("\\d{4}-\\d{6}"));
    assertEquals("Em andamento", browser.textOf(By.id("case-status")));
    assertEquals("Normal", browser.textOf(By.id("case-priority")));
    assertTrue(browser.textOf(By.id("case-party")).contains("Metalúrgica Horizonte"));
    assertEquals("Ana Souza", browser.textOf(By.id("case-holder")));
    assertEquals("Suporte", browser.textOf(By.id("case-department")));
    assertTrue(browser.textOf(By.id("case-request")).contains("borrada"));

    browser.click(By.id("caseForm:reply"));
    browser.typeRich("caseForm:noteText", "Trocamos a fita; pode testar de novo?");
    browser.click(By.id("caseForm:addNote"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("caseForm:entries"), "Trocamos a fita; pode testar de novo?"));
    assertTrue(
        browser
            .textOf(By.cssSelector("[id='caseForm:entries'] .entry-public"))
            .contains("Ana Souza"));
    // The opening email's entry, then the reply.
    assertTrue(browser.textOf(By.id("caseForm:entryCount")).startsWith("2 "));
    browser.screenshot(SCREENSHOTS.resolve("case-page.png"), 1500);
  }

  @Test
  void anAgentWorksTheQueueWithTheKeyboardOnly() {
    String subject = "Leitor de código de barras " + unique();
    openCase(subject, false);
    browser.open(atende + "cases/queue.xhtml");
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("queueForm:queue"), subject));

    // j moves down the rows (the newest case first), x selects, Enter opens.
    browser.press("j");
    assertEquals("0", browser.focusedAttribute("data-ri"));
    browser.press("x");
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("queueForm:selectedCount"), "1 selecionado(s)"));
    browser.screenshot(SCREENSHOTS.resolve("queue.png"), 1000);
    browser.press(Keys.ENTER);
    browser.until(ExpectedConditions.urlContains("/cases/view.xhtml"));
    assertTrue(browser.textOf(By.id("case-subject")).contains(subject));

    // r opens the composer, Ctrl+Enter sends, ? lists the keys, q goes back to the queue.
    browser.press("r");
    browser.until(driver -> browser.focusedAttribute("class").contains("ql-editor"));
    browser.press("Conferi o cadastro do leitor.");
    browser.pressHolding(Keys.CONTROL, Keys.ENTER);
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("caseForm:entries"), "Conferi o cadastro do leitor."));
    browser.press(Keys.TAB); // out of the editor, where letters are text
    browser.click(By.tagName("h1"));
    browser.press("?");
    assertTrue(browser.textOf(By.id("shortcuts")).contains("Atalhos de teclado"));
    browser.press(Keys.ESCAPE);
    browser.press("q");
    browser.until(ExpectedConditions.urlContains("/cases/queue.xhtml"));
  }

  @Test
  void anAgentPrintsTheCaseFromTheMoreMenu() {
    String subject = "Bobina emperrada " + unique();
    openCase(subject, true);

    browser.click(By.cssSelector("#case-more > summary"));
    String print =
        browser
            .until(ExpectedConditions.elementToBeClickable(By.id("morePrint")))
            .getAttribute("href");
    browser.open(print);
    assertTrue(browser.textOf(By.tagName("h1")).contains(subject));
    String page = browser.pageText();
    assertTrue(page.contains("Metalúrgica Horizonte"), page);
    assertTrue(page.contains("A etiqueta sai borrada na impressora térmica."), page);
    assertTrue(page.contains("Impresso em"), page);
  }

  private void openCase(String subject, boolean assignToMe) {
    browser.open(atende + "cases/open.xhtml");
    browser.logIn("ana", "atende");
    browser.until(ExpectedConditions.urlContains("/cases/open.xhtml"));
    browser.type(By.id("openForm:party_input"), "Metal");
    browser.click(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item"));
    browser.choose("openForm:channel", "channel", "PHONE", "Telefone");
    browser.type(By.id("openForm:subject"), subject);
    browser.type(By.id("openForm:request"), "A etiqueta sai borrada na impressora térmica.");
    if (assignToMe) {
      browser.tick("openForm:assignToMe");
    }
    browser.click(By.id("openForm:submit"));
    browser.until(ExpectedConditions.urlContains("/cases/view.xhtml"));
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
