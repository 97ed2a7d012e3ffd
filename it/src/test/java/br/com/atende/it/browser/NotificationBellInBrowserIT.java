package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The notification bell at the browser (issue 15): an agent's bell lights, without a reload, when
 * its supervisor forwards it a case in another browser; the agent opens the bell, sees the case and
 * goes to it, which reads the notification.
 */
@RunAsClient
class NotificationBellInBrowserIT extends AgentAtTheBrowser {

  /**
   * The time allowed between the forward and the bell (as for the live queue, with room for a busy
   * CI).
   */
  private static final Duration LIVE = Duration.ofSeconds(10);

  private static final By BELL = By.id("bellForm:bellButton");

  private static final By COUNT = By.id("bellForm:bellCount");

  @Test
  void aSupervisorsForwardLightsTheReceivingAgentsBellInAnotherBrowserWithoutAReload() {
    browser.open(atende + "cases/queue.xhtml");
    browser.logIn("bruno", "atende");
    browser.until(ExpectedConditions.urlContains("/cases/queue.xhtml"));
    // Bruno starts with nothing unread, whatever the suite told him before.
    countRead(browser);
    browser.click(BELL);
    browser.click(By.id("bellForm:markAllRead"));
    settled(browser);
    browser.until(ExpectedConditions.invisibilityOfElementLocated(COUNT));
    browser.click(By.id("bellForm:closeBell"));
    browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("bellForm:bellPanel")));
    // Gone if the page reloads: the bell must light in this very page.
    browser.script("window.atendeSamePage = true;");

    Browser supervisor = secondBrowser();
    supervisor.open(atende + "cases/open.xhtml");
    supervisor.logIn("carla", "atende");
    String subject = "Sino ao vivo " + UUID.randomUUID().toString().substring(0, 8);
    openHeldByMe(supervisor, subject);
    supervisor.click(By.id("caseForm:openForward"));
    supervisor.until(
        ExpectedConditions.visibilityOfElementLocated(By.id("caseForm:forwardDialog")));
    supervisor.choose(
        "caseForm:forwardAgent",
        "forwardAgent",
        supervisor.optionValue("caseForm:forwardAgent_input", "Bruno Lima"),
        "Bruno Lima");
    supervisor.type(By.id("caseForm:forwardReason"), "Bruno cuida deste cliente");
    supervisor.click(By.id("caseForm:forward"));
    supervisor.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("case-holder"), "Bruno Lima"));

    try {
      browser.within(LIVE, ExpectedConditions.textToBePresentInElementLocated(COUNT, "1"));
    } catch (TimeoutException e) {
      throw new AssertionError("Bruno's bell did not light", e);
    }
    assertEquals(Boolean.TRUE, browser.script("return window.atendeSamePage === true;"));

    browser.click(BELL);
    By first = By.id("bellForm:bellTable:0:openCase");
    browser.until(ExpectedConditions.textToBePresentInElementLocated(first, subject));
    assertTrue(
        browser.textOf(By.id("bellForm:bellTable")).contains("Repassado a você por Carla Mendes"),
        browser.textOf(By.id("bellForm:bellTable")));
    browser.click(first);
    browser.until(ExpectedConditions.urlContains("/cases/view.xhtml"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("case-holder"), "Bruno Lima"));
    countRead(browser);
    assertEquals(
        Boolean.TRUE,
        browser.script("return document.getElementById('bellForm:bellCount') === null"),
        "going to the case read its notification");
  }

  /** Waits for the bell's count, read by a small request once the page's bell socket is open. */
  private static void countRead(Browser at) {
    at.until(ExpectedConditions.attributeToBe(BELL, "data-loaded", "true"));
    settled(at);
  }

  /**
   * Waits for the page's ajax requests to be answered and rendered: the bell re-renders its form.
   */
  private static void settled(Browser at) {
    at.until(
        driver ->
            Boolean.TRUE.equals(
                at.script("return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty();")));
  }

  private static void openHeldByMe(Browser at, String subject) {
    at.until(ExpectedConditions.urlContains("/cases/open.xhtml"));
    at.type(By.id("openForm:party_input"), "529.982.247-25");
    at.click(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item"));
    at.choose("openForm:channel", "channel", "PHONE", "Telefone");
    at.type(By.id("openForm:subject"), subject);
    at.type(By.id("openForm:request"), "Pedido: " + subject);
    at.tick("openForm:assignToMe");
    at.click(By.id("openForm:submit"));
    at.until(ExpectedConditions.urlContains("/cases/view.xhtml"));
  }
}
