package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.it.security.XssCorpus;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The XSS corpus in a real browser (headless Chromium), batched into a few page loads: a case whose
 * subject is a payload, the whole corpus posted as one note and as one solution (stored path), the
 * composer refusing the corpus (too long; and its markup-only payloads, empty once cleaned) and
 * showing it again (refused path), and the corpus typed into the search (reflected path). After
 * each, no dialog opened, the page did not navigate away, and a listener on another host
 * (127.0.0.2), which every payload aims at, was never asked for anything.
 */
@RunAsClient
class XssInBrowserIT extends AgentAtTheBrowser {

  private final AtomicInteger outsideHits = new AtomicInteger();

  private final List<String> outsidePaths = new ArrayList<>();

  private HttpServer outside;

  private String out;

  @BeforeEach
  void listenOnAnotherHost() throws Exception {
    outside = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
    outside.createContext(
        "/",
        exchange -> {
          outsideHits.incrementAndGet();
          synchronized (outsidePaths) {
            outsidePaths.add(exchange.getRequestURI().toString());
          }
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    outside.start();
    out = "http://127.0.0.2:" + outside.getAddress().getPort();
  }

  @AfterEach
  void stopListening() {
    outside.stop(0);
  }

  @Test
  void noPayloadRunsLoadsOrNavigatesWhenStoredRefusedOrReflected() throws Exception {
    List<String> payloads = XssCorpus.payloads(out);
    String marker = "Lote" + UUID.randomUUID().toString().substring(0, 8);

    browser.open(atende + "cases/open.xhtml");
    browser.logIn("ana", "atende");
    browser.until(ExpectedConditions.urlContains("/cases/open.xhtml"));
    browser.type(By.id("openForm:party_input"), "529.982.247-25");
    browser.click(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item"));
    browser.choose("openForm:channel", "channel", "PHONE", "Telefone");
    browser.type(
        By.id("openForm:subject"),
        marker + " <img src=x onerror=alert('subject')>\"><svg onload=alert(2)>");
    browser.type(By.id("openForm:request"), String.join(" ", payloads.subList(0, 20)));
    browser.tick("openForm:assignToMe");
    browser.click(By.id("openForm:submit"));
    browser.until(ExpectedConditions.urlContains("/cases/view.xhtml"));
    String caseUrl = browser.currentUrl();
    assertInert("the case page with a payload subject", caseUrl);

    // Stored: the whole corpus as one note, posted raw (as a crafted request would, not typed).
    post("caseForm:noteText_input", "<p>" + marker + " nota</p>" + String.join("\n", payloads));
    browser.click(By.id("caseForm:addNote"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("caseForm:entries"), marker + " nota"));
    assertInert("the conversation after the note", caseUrl);
    browser.open(caseUrl);
    assertInert("the case page showing the note", caseUrl);

    // Refused: the corpus over the note's 20,000 characters, then its markup-only payloads.
    post("caseForm:noteText_input", String.join("\n", payloads) + "a".repeat(20_001));
    browser.click(By.id("caseForm:addNote"));
    browser.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(".ui-messages-error, .ui-growl-message-error, .ui-message-error")));
    assertInert("the composer refusing a long note", caseUrl);
    post(
        "caseForm:noteText_input",
        String.join(
            "", payloads.stream().filter(p -> p.replaceAll("<[^>]*>", "").isBlank()).toList()));
    browser.click(By.id("caseForm:addNote"));
    browser.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(".ui-messages-error, .ui-growl-message-error, .ui-message-error")));
    assertInert("the composer refusing an empty note", caseUrl);

    // Stored: the corpus as a solution.
    browser.openTab("caseForm:tabs:solutionTab");
    post(
        "caseForm:tabs:solutionText_input",
        "<p>" + marker + " solução</p>" + String.join("\n", payloads));
    browser.click(By.id("caseForm:tabs:addSolution"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("caseForm:tabs:solutions"), marker + " solução"));
    assertInert("the solutions tab", caseUrl);

    // Reflected: the corpus as search terms.
    String searchUrl =
        atende
            + "cases/search.xhtml?q="
            + URLEncoder.encode(String.join(" ", payloads.subList(0, 40)), StandardCharsets.UTF_8);
    browser.open(searchUrl);
    assertInert("the search for the payloads", atende + "cases/search.xhtml");
  }

  /** Sets a rich-text editor's posted field as a crafted request would, bypassing the editor. */
  private void post(String hiddenFieldId, String html) {
    browser.script(
        "document.getElementById(arguments[0]).value = arguments[1];", hiddenFieldId, html);
  }

  private void assertInert(String where, String expectedUrlPrefix) throws InterruptedException {
    // Payloads that load or fetch do so asynchronously: give them a moment to show up.
    Thread.sleep(1_000);
    assertEquals(null, browser.dialog(), where + ": a dialog opened");
    assertTrue(
        browser.currentUrl().startsWith(expectedUrlPrefix.replaceAll("\\?.*", "")),
        where + ": navigated to " + browser.currentUrl());
    synchronized (outsidePaths) {
      assertEquals(0, outsideHits.get(), where + ": requests to another host " + outsidePaths);
    }
  }
}
