package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 12 in the browser: an agent of a desk that requires a time entry cannot conclude a case
 * without one, then logs the visit from her group's template with "save and close"; and an agent's
 * "Hoje" tab lists the cases due today or before and none due later or without a due date.
 */
@RunAsClient
class TimeAndTodayInBrowserIT extends AgentAtTheBrowser {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Elisa's desk (field service) values entries and requires one before a case is concluded. */
  @Test
  void anAgentLogsTimeWithSaveAndCloseOnADeskThatRequiresAnEntry() {
    String subject = "Visita preventiva " + unique();
    openCase("elisa", subject, "Telefone");
    try {
      concludesOnlyWithAnEntry();
    } finally {
      // Back to the English she reads Atende in (the demo's setting, saved on her).
      switchLanguage("Português");
    }
  }

  private void concludesOnlyWithAnEntry() {
    browser.click(By.id("caseForm:openStatus"));
    browser.choose("caseForm:targetStatus", "targetStatus", "NOTIFIED", "Concluído respondido");
    browser.click(By.id("caseForm:changeStatus"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messages"), "esta mesa exige ao menos um apontamento"));
    assertEquals("Em andamento", browser.textOf(By.id("case-status")));

    browser.openTab("caseForm:tabs:timeTab");
    browser.click(By.id("caseForm:tabs:timeNew"));
    String template = browser.optionValue("caseForm:tabs:timeTemplate_input", "Visita preventiva");
    browser.pick("caseForm:tabs:timeTemplate", "timeTemplate", template, "Visita preventiva");
    browser.until(
        ExpectedConditions.attributeContains(
            By.id("caseForm:tabs:timeDescription"), "value", "inspeção, limpeza e teste"));
    // Charged under the demo's maintenance contract (other tests give the client more contracts).
    String contract = browser.optionValue("caseForm:tabs:timeContract_input", "Manutenção mensal");
    browser.choose("caseForm:tabs:timeContract", "timeContract", contract, "Manutenção mensal");
    // The template's nature (external) brings the travel field.
    browser.type(By.id("caseForm:tabs:timeTravel_input"), "12");
    browser.type(By.id("caseForm:tabs:timeStart_input"), "09:00");
    browser.type(By.id("caseForm:tabs:timeEnd_input"), "10:30");
    browser.until(
        ExpectedConditions.attributeToBe(By.id("caseForm:tabs:timeEnd_input"), "value", "10:30"));
    WebElement earlierMessages =
        browser.until(ExpectedConditions.presenceOfElementLocated(By.id("messages")));
    browser.click(By.id("caseForm:tabs:timeSaveAndClose"));

    // Concluded, or refused: either way the messages the answer brings say why.
    browser.until(ExpectedConditions.stalenessOf(earlierMessages));
    browser.until(
        ExpectedConditions.or(
            ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Concluído"),
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#messages .ui-messages-error"))));
    String told = browser.textOf(By.id("messages"));
    assertTrue(told.contains("Apontamento salvo."), told);
    assertEquals("Concluído respondido", browser.textOf(By.id("case-status")), told);
  }

  /** Diego waits on third parties: one agreed for today, one for tomorrow; a third has no date. */
  @Test
  void anAgentsTodayTabListsExactlyTheCasesDueTodayOrBefore() {
    LocalDate today = LocalDate.now();
    String dueToday = "Boleto devolvido " + unique();
    String dueTomorrow = "Boleto em análise " + unique();
    String undated = "Boleto sem prazo " + unique();
    openCase("diego", dueToday, "Telefone");
    waitOnThirdPartyUntil(today);
    openAnotherCase(dueTomorrow, "Telefone");
    waitOnThirdPartyUntil(today.plusDays(1));
    openAnotherCase(undated, "Telefone");

    browser.open(atende + "cases/queue.xhtml");
    browser.click(By.cssSelector("button.queue-tab-TODAY"));
    // The first tab lists Diego's cases too: wait for the "today" tab to be the one shown.
    browser.until(
        driver ->
            !driver
                .findElement(By.cssSelector("button.queue-tab-TODAY"))
                .getAttribute("class")
                .contains("ui-button-outlined"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("queueForm:queue"), dueToday));
    String listed = browser.textOf(By.id("queueForm:queue"));
    assertFalse(listed.contains(dueTomorrow), listed);
    assertFalse(listed.contains(undated), listed);
    List<WebElement> rows =
        browser.until(
            ExpectedConditions.presenceOfAllElementsLocatedBy(
                By.cssSelector("[id='queueForm:queue'] tbody tr[data-ri]")));
    for (WebElement row : rows) {
      String due = row.getAttribute("class");
      assertTrue(
          due.contains("queue-due-today") || due.contains("queue-overdue"),
          () -> row.getText() + " is listed but not due today or before");
    }
  }

  private void waitOnThirdPartyUntil(LocalDate agreed) {
    browser.click(By.id("caseForm:openStatus"));
    browser.pick(
        "caseForm:targetStatus", "targetStatus", "WAITING_THIRD_PARTY", "Aguardando terceiros");
    // Only the date this status takes is asked for.
    assertTrue(
        browser
            .script("return document.getElementById('caseForm:scheduledFor') === null")
            .equals(Boolean.TRUE));
    browser.type(By.id("caseForm:agreedDate_input"), DAY.format(agreed));
    browser.type(By.id("caseForm:statusNote"), "Aguardando o banco");
    browser.click(By.id("caseForm:changeStatus"));
    browser.until(ExpectedConditions.textToBe(By.id("case-status"), "Aguardando terceiros"));
  }

  /** Logs in and opens a case of Metalúrgica Horizonte held by the agent; the phone is labelled. */
  private void openCase(String login, String subject, String phone) {
    browser.open(atende + "cases/open.xhtml");
    browser.logIn(login, "atende");
    browser.until(ExpectedConditions.urlContains("/cases/open.xhtml"));
    // The story is told in Portuguese; an agent who reads English (Elisa) switches for it.
    switchLanguage("English");
    fillAndOpen(subject, phone);
  }

  /**
   * Switches the language (saved on the agent) unless the header's switch already offers {@code
   * offered}, the other language's name.
   */
  private void switchLanguage(String offered) {
    if (!browser.textOf(By.id("nav:language")).contains(offered)) {
      browser.click(By.id("nav:language"));
      browser.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("nav:language"), offered));
    }
  }

  private void openAnotherCase(String subject, String phone) {
    browser.open(atende + "cases/open.xhtml");
    fillAndOpen(subject, phone);
  }

  private void fillAndOpen(String subject, String phone) {
    browser.type(By.id("openForm:party_input"), "Metal");
    browser.click(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item"));
    browser.choose("openForm:channel", "channel", "PHONE", phone);
    browser.type(By.id("openForm:subject"), subject);
    browser.type(By.id("openForm:request"), "Pedido registrado pelo teste de navegador.");
    browser.tick("openForm:assignToMe");
    browser.click(By.id("openForm:submit"));
    browser.until(ExpectedConditions.urlContains("/cases/view.xhtml"));
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
