package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A supervisor opens the statistics, picks a period, and sees its charts (by status, priority,
 * department, group and agent, per day, the times, the due dates and the ratings) and their tables,
 * with the CSV export at hand.
 */
@RunAsClient
class StatisticsInBrowserIT extends AgentAtTheBrowser {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Test
  void aSupervisorPicksAPeriodAndSeesTheCharts() {
    browser.open(atende + "supervision/statistics.xhtml");
    browser.logIn("carla", "atende");
    browser.until(ExpectedConditions.urlContains("/supervision/statistics.xhtml"));

    LocalDate today = LocalDate.now();
    browser.replace(By.id("statsForm:statsFrom_input"), DAY.format(today.minusDays(6)));
    browser.replace(By.id("statsForm:statsTo_input"), DAY.format(today));
    browser.click(By.id("statsForm:statsShow"));

    browser.until(
        ExpectedConditions.numberOfElementsToBe(
            By.cssSelector("[id='statsForm:tablePerDay'] tbody tr"), 7));
    for (String chart :
        new String[] {
          "chartPerDay",
          "chartStatus",
          "chartPriority",
          "chartDepartment",
          "chartGroup",
          "chartAgent",
          "chartTimes",
          "chartDueDates",
          "chartRatings"
        }) {
      browser.until(
          ExpectedConditions.visibilityOfElementLocated(
              By.cssSelector("[id='statsForm:" + chart + "'] canvas")));
    }
    // Cases were opened today (by the demo data, if by nothing else): the last row counts them.
    String lastDay =
        browser.textOf(By.cssSelector("[id='statsForm:tablePerDay'] tbody tr:last-child"));
    assertTrue(lastDay.startsWith(today.format(DateTimeFormatter.ofPattern("dd/MM"))), lastDay);
    String busiest =
        browser.textOf(By.cssSelector("[id='statsForm:tableDepartment'] tbody tr td:last-child"));
    assertTrue(Long.parseLong(busiest.strip()) > 0, busiest);
    // The tables under the new charts: the first response and the solution, five rating values.
    browser.until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector("#tableTimes tbody tr"), 2));
    browser.until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector("#tableRatings tbody tr"), 5));
    browser.until(ExpectedConditions.elementToBeClickable(By.id("statsForm:statsExport")));
  }
}
