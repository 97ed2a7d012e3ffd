package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A supervisor runs the monthly consumption report from the bar's link, follows its progress until
 * it is done, and downloads it as PDF: a real PDF with the company's name in it.
 */
@RunAsClient
class ConsumptionReportInBrowserIT extends AgentAtTheBrowser {

  private static final String COMPANY = "ACME Indústria e Comércio";

  @Test
  void aSupervisorRunsTheMonthlyReportSeesItsProgressAndDownloadsThePdf() {
    browser.open(atende + "index.xhtml");
    browser.logIn("carla", "atende");
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
}
