package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Live updates at the browser, two agents at once: the one reading a case learns within seconds
 * that the other changed it (and not when it changed the case itself), and reloads with the
 * keyboard; an agent's open queue counts a case forwarded to it without a reload.
 */
@RunAsClient
class LiveUpdatesInBrowserIT extends AgentAtTheBrowser {

  /** The time the issue allows between the other agent's change and what the first one sees. */
  private static final Duration LIVE = Duration.ofSeconds(5);

  private static final By BANNER = By.id("live-case-banner");

  @Test
  void anAgentReadingACaseSeesWhoElseChangedItAndReloads() {
    String subject = "Banner ao vivo " + unique();
    browser.open(atende + "cases/open.xhtml");
    browser.logIn("ana", "atende");
    open(browser, subject, true);
    String caseUrl = browser.currentUrl();

    // Her own note is no news to her.
    addNote(browser, "Nota da própria Ana");
    assertThrows(
        TimeoutException.class,
        () ->
            browser.within(
                Duration.ofSeconds(2), ExpectedConditions.visibilityOfElementLocated(BANNER)),
        "Ana's own note announced to herself");

    // Her socket carries the changes of every case she has open; this page keeps its own case's.
    browser.script("window.atendeLiveCase({case: -1, version: 2, by: 'Outra Pessoa'});");
    assertEquals(
        Boolean.TRUE,
        browser.script("return document.getElementById('live-case-banner').hidden;"),
        "another case's change shown on this case's page");

    Browser other = secondBrowser();
    other.open(caseUrl);
    // The department's supervisor: a colleague who only sees Ana's case may not write to it.
    other.logIn("carla", "atende");
    other.until(ExpectedConditions.urlContains("/cases/view.xhtml"));
    addNote(other, "Carla acrescenta o número de série");

    String banner =
        browser.within(LIVE, ExpectedConditions.visibilityOfElementLocated(BANNER)).getText();
    assertTrue(banner.contains("Alterado por Carla Mendes"), banner);
    assertEquals(
        "polite",
        browser.script("return document.getElementById('live-case').getAttribute('aria-live')"));

    // The reload is a button the keyboard reaches and presses; it loads the page afresh.
    browser
        .until(ExpectedConditions.elementToBeClickable(By.id("live-case-reload")))
        .sendKeys(Keys.ENTER);
    browser.until(ExpectedConditions.invisibilityOfElementLocated(BANNER));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("caseForm:entries"), "Carla acrescenta o número de série"));
  }

  @Test
  void aCaseForwardedToAnAgentRaisesItsOpenQueueTabCountWithoutAReload() {
    browser.open(atende + "cases/queue.xhtml");
    browser.logIn("bruno", "atende");
    browser.until(ExpectedConditions.urlContains("/cases/queue.xhtml"));
    By mineNew = By.cssSelector(".queue-tab-MINE_NEW");
    int before = count(browser.textOf(mineNew));
    // Gone if the page reloads: the count must change in this very page.
    browser.script("window.atendeSamePage = true;");

    Browser other = secondBrowser();
    other.open(atende + "cases/open.xhtml");
    other.logIn("ana", "atende");
    String subject = "Repasse ao vivo " + unique();
    open(other, subject, true);
    other.click(By.id("caseForm:openForward"));
    other.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseForm:forwardDialog")));
    other.choose(
        "caseForm:forwardAgent",
        "forwardAgent",
        other.optionValue("caseForm:forwardAgent_input", "Bruno Lima"),
        "Bruno Lima");
    other.type(By.id("caseForm:forwardReason"), "Bruno cuida deste cliente");
    other.click(By.id("caseForm:forward"));
    other.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("case-holder"), "Bruno Lima"));

    String expected = "(" + (before + 1) + ")";
    try {
      browser.within(LIVE, ExpectedConditions.textToBePresentInElementLocated(mineNew, expected));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "Bruno's tab still reads " + browser.textOf(mineNew) + ", expected " + expected, e);
    }
    assertEquals(Boolean.TRUE, browser.script("return window.atendeSamePage === true;"));
  }

  private static void open(Browser at, String subject, boolean assignToMe) {
    at.until(ExpectedConditions.urlContains("/cases/open.xhtml"));
    at.type(By.id("openForm:party_input"), "529.982.247-25");
    at.click(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item"));
    at.choose("openForm:channel", "channel", "PHONE", "Telefone");
    at.type(By.id("openForm:subject"), subject);
    at.type(By.id("openForm:request"), "Pedido: " + subject);
    if (assignToMe) {
      at.tick("openForm:assignToMe");
    }
    at.click(By.id("openForm:submit"));
    at.until(ExpectedConditions.urlContains("/cases/view.xhtml"));
  }

  private static void addNote(Browser at, String text) {
    at.typeRich("caseForm:noteText", text);
    at.click(By.id("caseForm:addNote"));
    at.until(ExpectedConditions.textToBePresentInElementLocated(By.id("caseForm:entries"), text));
  }

  /** The count in a tab's label, "Novos vinculados (3)". */
  private static int count(String label) {
    Matcher found = Pattern.compile("\\((\\d+)\\)").matcher(label);
    assertTrue(found.find(), label);
    return Integer.parseInt(found.group(1));
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
