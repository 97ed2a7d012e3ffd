package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A supervisor logs time on a case, runs the monthly consumption report from the bar's link,
 * follows its progress until it is done, and downloads it as PDF: a real PDF with the company's
 * name in it.
 */
@RunAsClient
class ConsumptionReportInBrowserIT extends AgentAtTheBrowser {

  private static final String COMPANY = "ACME Indústria e Comércio";

  @Test
  void aSupervisorRunsTheMonthlyReportSeesItsProgressAndDownloadsThePdf() {
    browser.open(atende + "cases/open.xhtml");
    browser.logIn("carla", "atende");
    logAMinuteOnANewCase();

    browser.click(By.id("nav:consumption"));
    browser.until(ExpectedConditions.urlContains("/reports/consumption.xhtml"));

    browser.type(
        By.id("reportForm:month"), YearMonth.now().format(DateTimeFormatter.ofPattern("MMyyyy")));
    browser.click(By.id("reportForm:start"));

    browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("reportForm:progress")));
    assertTrue(browser.textOf(By.id("reportHeading")).contains(COMPANY));
    assertTrue(browser.textOf(By.id("progressText")).contains("apontamentos somados"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("reportState"), "concluído"));
    browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("reportForm:lines")));
    assertTrue(browser.textOf(By.id("reportForm:lines")).contains("Metalúrgica Horizonte"));

    String href =
        browser
            .until(ExpectedConditions.presenceOfElementLocated(By.id("downloadPdf")))
            .getAttribute("href");
    String pdf = browser.fetchBytes(href);
    assertEquals("%PDF", pdf.substring(0, 4));
    assertTrue(pdf.contains(COMPANY), "the PDF names the company");
    assertTrue(
        browser
            .fetch(href.replace("format=pdf", "format=csv"), "Content-Type")
            .startsWith("200 | text/csv"));
  }

  /** Opens a case for Metalúrgica Horizonte and logs a minute today on it, from the time tab. */
  private void logAMinuteOnANewCase() {
    browser.until(ExpectedConditions.urlContains("/cases/open.xhtml"));
    browser.type(By.id("openForm:party_input"), "Metal");
    browser.click(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item"));
    browser.choose("openForm:channel", "channel", "PHONE", "Telefone");
    browser.type(By.id("openForm:subject"), "Visita de consumo " + UUID.randomUUID());
    browser.type(By.id("openForm:request"), "Ajuste do servidor de impressão.");
    browser.click(By.id("openForm:submit"));
    browser.until(ExpectedConditions.urlContains("/cases/view.xhtml"));
    browser.openTab("caseForm:tabs:timeTab");
    browser.click(By.id("caseForm:tabs:timeNew"));
    // The times as typed text, set on the inputs: a time picker's panel, opened by typing into the
    // start, would cover the end.
    browser.until(
        ExpectedConditions.presenceOfElementLocated(By.id("caseForm:tabs:timeEnd_input")));
    // The current minute: a database kept between runs (PostgreSQL) holds the earlier runs'
    // entries,
    // which an entry of the same agent must not overlap.
    LocalTime now = LocalTime.now().truncatedTo(ChronoUnit.MINUTES);
    browser.script(
        "document.getElementById('caseForm:tabs:timeStart_input').value = arguments[0];"
            + "document.getElementById('caseForm:tabs:timeEnd_input').value = arguments[1];",
        now.toString(),
        now.plusMinutes(1).toString());
    browser.type(By.id("caseForm:tabs:timeDescription"), "Servidor de impressão ajustado");
    browser.click(By.id("caseForm:tabs:timeSave"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("caseForm:tabs:timeEntriesTable"), "Servidor de impressão ajustado"));
  }
}
