package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Forwarding at the browser (SPEC C5): Ana forwards a case to Bruno, who finds it in his queue and
 * returns it with a justification that Ana then reads in the forwarding history; Carla, a
 * supervisor, transfers two selected cases of the queue to another department at once.
 */
@RunAsClient
class ForwardingInBrowserIT extends AgentAtTheBrowser {

  @Test
  void anAgentForwardsTheOtherReturnsWithAJustificationAndTheFirstReadsIt() {
    String subject = "Repasse de impressora " + unique();
    browser.open(atende + "cases/open.xhtml");
    browser.logIn("ana", "atende");
    browser.until(ExpectedConditions.urlContains("/cases/open.xhtml"));
    open(subject, true);
    String caseUrl = browser.currentUrl();

    browser.click(By.id("caseForm:openForward"));
    browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseForm:forwardDialog")));
    browser.choose(
        "caseForm:forwardAgent",
        "forwardAgent",
        valueOf("caseForm:forwardAgent", "Bruno Lima"),
        "Bruno Lima");
    browser.type(By.id("caseForm:forwardReason"), "Bruno conhece esta impressora");
    browser.click(By.id("caseForm:forward"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("case-holder"), "Bruno"));
    browser.openTab("caseForm:tabs:forwardingTab");
    expect(By.id("caseForm:tabs:forwardingHistory"), "Bruno conhece esta impressora");
    logOut();

    browser.open(atende + "cases/queue.xhtml");
    browser.logIn("bruno", "atende");
    browser.until(ExpectedConditions.urlContains("/cases/queue.xhtml"));
    browser.click(By.cssSelector(".queue-tab-MINE_NEW"));
    // The tab's button loses its outline once the tab is shown.
    browser.until(
        ExpectedConditions.not(
            ExpectedConditions.attributeContains(
                By.cssSelector(".queue-tab-MINE_NEW"), "class", "ui-button-outlined")));
    By caseLink =
        By.xpath("//a[contains(@class,'case-link')][ancestor::tr[.//*[text()='" + subject + "']]]");
    browser.until(
        driver -> {
          try {
            driver.findElement(caseLink).click();
            return true;
          } catch (org.openqa.selenium.WebDriverException stale) {
            return false;
          }
        });
    browser.until(ExpectedConditions.urlContains("/cases/view.xhtml"));
    browser.click(By.id("caseForm:openReturn"));
    browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseForm:returnDialog")));
    browser.type(By.id("caseForm:returnJustification"), "Não é impressora, é o sistema fiscal");
    browser.click(By.id("caseForm:returnCase"));
    browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-holder"), "Ana"));
    browser.openTab("caseForm:tabs:forwardingTab");
    expect(By.id("caseForm:tabs:forwardingHistory"), "Repassado de volta");
    logOut();

    browser.open(caseUrl);
    browser.logIn("ana", "atende");
    browser.until(ExpectedConditions.urlContains("/cases/view.xhtml"));
    browser.openTab("caseForm:tabs:forwardingTab");
    String history = browser.textOf(By.id("caseForm:tabs:forwardingHistory"));
    assertTrue(history.contains("Não é impressora, é o sistema fiscal"), history);
    assertTrue(history.contains("Repassado de volta"), history);
    assertTrue(browser.textOf(By.id("case-holder")).contains("Ana Souza"), browser.pageText());
  }

  @Test
  void aSupervisorTransfersSeveralSelectedCasesAtOnce() {
    String first = "Transferência A " + unique();
    String second = "Transferência B " + unique();
    browser.open(atende + "cases/open.xhtml");
    browser.logIn("carla", "atende");
    browser.until(ExpectedConditions.urlContains("/cases/open.xhtml"));
    open(first, false);
    browser.open(atende + "cases/open.xhtml");
    open(second, false);

    browser.open(atende + "cases/queue.xhtml");
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("queueForm:queue"), second));
    select(first);
    select(second);
    // The bulk actions appear once cases are selected.
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("queueForm:selectedCount"), "2 selecionado(s)"));
    browser.click(By.id("queueForm:openTransfer"));
    browser.until(
        ExpectedConditions.visibilityOfElementLocated(By.id("queueForm:transferDepartment")));
    browser.choose(
        "queueForm:transferDepartment",
        "transferDepartment",
        valueOf("queueForm:transferDepartment", "Financeiro"),
        "Financeiro");
    // Picked through the widget, silently: fire the change that loads the department's agents.
    browser.until(
        driver ->
            ((JavascriptExecutor) driver)
                    .executeScript("PF('transferDepartment').triggerChange(); return true;")
                != null);
    browser.until(driver -> !valueOf("queueForm:transferAgent", "Diego Rocha").isEmpty());
    browser.choose(
        "queueForm:transferAgent",
        "transferAgent",
        valueOf("queueForm:transferAgent", "Diego Rocha"),
        "Diego Rocha");
    browser.type(By.id("queueForm:transferReason"), "Assunto de cobrança");
    browser.click(By.id("queueForm:transfer"));

    expect(By.id("messages"), "2 atendimento(s) transferido(s).");
    String queue = browser.textOf(By.id("queueForm:queue"));
    assertFalse(queue.contains(first), queue);
    assertFalse(queue.contains(second), queue);
  }

  /** Waits for the text in the element; on a timeout, says what the page shows instead. */
  private void expect(By element, String text) {
    try {
      browser.until(ExpectedConditions.textToBePresentInElementLocated(element, text));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "no '" + text + "' in " + element + "; the page shows: " + browser.pageText(), e);
    }
  }

  private void open(String subject, boolean assignToMe) {
    browser.until(ExpectedConditions.urlContains("/cases/open.xhtml"));
    browser.type(By.id("openForm:party_input"), "529.982.247-25");
    browser.click(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item"));
    browser.choose("openForm:channel", "channel", "PHONE", "Telefone");
    browser.type(By.id("openForm:subject"), subject);
    browser.type(By.id("openForm:request"), "Pedido: " + subject);
    if (assignToMe) {
      browser.tick("openForm:assignToMe");
    }
    browser.click(By.id("openForm:submit"));
    browser.until(ExpectedConditions.urlContains("/cases/view.xhtml"));
  }

  /** Ticks the selection box of the queue row with this subject. */
  private void select(String subject) {
    By box =
        By.xpath(
            "//tr[.//span[contains(@class,'case-subject') and text()='"
                + subject
                + "']]//div[contains(@class,'ui-chkbox-box')]");
    browser.click(box);
    browser.until(ExpectedConditions.attributeContains(box, "class", "ui-state-active"));
  }

  /** The value of the option of a selectOneMenu whose label starts with this text ("" if none). */
  private String valueOf(String menuId, String label) {
    return browser.until(
        driver ->
            String.valueOf(
                ((JavascriptExecutor) driver)
                    .executeScript(
                        "const s = document.getElementById(arguments[0] + '_input');"
                            + "const o = s && Array.from(s.options).find(x => x.text.startsWith(arguments[1]));"
                            + "return o ? o.value : '';",
                        menuId,
                        label)));
  }

  private void logOut() {
    browser.click(By.id("nav:logout"));
    browser.until(ExpectedConditions.urlContains("/login.xhtml"));
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
