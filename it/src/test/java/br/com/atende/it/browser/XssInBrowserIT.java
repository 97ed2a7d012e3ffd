package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.it.security.XssCorpus;
import br.com.atende.it.support.TaxIds;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * (127.0.0.2), which every payload aims at, was never asked for anything. The second test stores
 * the corpus where administrators type (an API client's name, an agent's name, a standalone
 * service's name), through a CSV import (clients and their contacts) and through the intake API (a
 * case's subject, request and chat transcript), and renders the pages that show them: the admin
 * pages, the mailbox page, the API case's page and the client look-up.
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

  @Test
  void noPayloadRunsWhereAdministratorsTheApiAndAnImportStoredIt() throws Exception {
    List<String> payloads = XssCorpus.payloads(out);
    String marker = "Adm" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    String corpus = String.join(" ", payloads);
    List<String> names = new ArrayList<>();
    // The whole corpus in 90-character slices: a client (and a contact) per slice.
    for (int from = 0; from < corpus.length(); from += 90) {
      names.add(marker + " " + corpus.substring(from, Math.min(corpus.length(), from + 90)));
    }
    String[] cpfs = TaxIds.cpfs(names.size());

    // An administrator names an API client with the payloads (posted raw, past the field's
    // maxlength, as a crafted request would) and keeps its token.
    browser.open(atende + "admin/api-clients.xhtml");
    browser.logIn("admin", "atende");
    browser.until(ExpectedConditions.urlContains("/admin/api-clients.xhtml"));
    set("apiClientsForm:clientName", cut(marker + " " + corpus, 100));
    set(
        "apiClientsForm:department_input",
        browser.optionValue(
            "apiClientsForm:department_input", "ACME Indústria e Comércio / Suporte"));
    browser.click(By.id("apiClientsForm:createClient"));
    String token =
        browser
            .until(
                ExpectedConditions.visibilityOfElementLocated(By.id("apiClientsForm:createdToken")))
            .getAttribute("value");
    assertInert("the API clients page listing a payload name", atende + "admin/api-clients.xhtml");

    // ... imports clients and contacts named with them ...
    StringBuilder csv = new StringBuilder("kind;name;tax_id;contact_name;contact_email\r\n");
    for (int i = 0; i < names.size(); i++) {
      csv.append("PERSON;")
          .append(quoted(names.get(i)))
          .append(';')
          .append(cpfs[i])
          .append(';')
          .append(quoted(names.get(names.size() - 1 - i)))
          .append(";contato")
          .append(i)
          .append('.')
          .append(marker.toLowerCase())
          .append("@cliente.example\r\n");
    }
    Path file = Files.createTempFile("xss", ".csv");
    try {
      Files.writeString(file, csv, StandardCharsets.UTF_8);
      browser.open(atende + "admin/import.xhtml");
      browser.attach(By.id("importForm:file"), file);
      browser.click(By.id("importForm:start"));
      browser.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("importState"), "concluída"));
    } finally {
      Files.delete(file);
    }
    assertTrue(
        browser.textOf(By.id("progressText")).contains("clientes incluídos: " + names.size()),
        browser.textOf(By.id("progressText")));
    assertInert("the import's progress", atende + "admin/import.xhtml");

    // ... invites an agent named with them, and finds it in the list ...
    String login = marker.toLowerCase();
    browser.open(atende + "admin/agents.xhtml");
    browser.type(By.id("agentsForm:login"), login);
    set("agentsForm:name", cut(marker + " " + corpus, 120));
    browser.type(By.id("agentsForm:email"), login + "@acme.example");
    browser.choose(
        "agentsForm:department",
        "agentDepartment",
        browser.optionValue("agentsForm:department_input", "ACME Indústria e Comércio / Suporte"),
        "Suporte");
    browser.click(By.id("agentsForm:saveAgent"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("agentsForm:messages"), "convite para escolher a senha foi enviado"));
    browser.type(By.id("agentsForm:filter"), login);
    browser.click(By.id("agentsForm:applyFilter"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("agentsForm:agents"), login));
    assertInert("the agents page listing a payload name", atende + "admin/agents.xhtml");

    // ... and a standalone service of an imported client, named with them.
    browser.open(atende + "admin/time.xhtml");
    browser.openTab("timeAdmin:servicesTab");
    browser.type(By.id("timeAdmin:servicesForm:serviceParty_input"), marker);
    browser.click(
        By.cssSelector("[id='timeAdmin:servicesForm:serviceParty_panel'] .ui-autocomplete-item"));
    set("timeAdmin:servicesForm:serviceName", cut(marker + " " + corpus, 120));
    browser.type(By.id("timeAdmin:servicesForm:serviceRate_input"), "100");
    browser.click(By.id("timeAdmin:servicesForm:saveService"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("timeAdmin:servicesForm:services"), marker));
    assertInert("the time administration listing a payload service", atende + "admin/time.xhtml");
    browser.open(atende + "admin/mailbox.xhtml");
    assertInert("the mailbox page", atende + "admin/mailbox.xhtml");
    browser.click(By.id("nav:logout"));
    browser.until(ExpectedConditions.urlContains("/login.xhtml"));

    // Through the API, a case for the first imported client, its subject, request and chat
    // transcript the payloads.
    long partyId = firstId(api(token, "parties?taxId=" + cpfs[0], null));
    StringBuilder transcript = new StringBuilder();
    for (int i = 0; i < payloads.size(); i++) {
      transcript
          .append(i == 0 ? "" : ",")
          .append("{\"at\":\"2026-11-30T10:")
          .append(String.format("%02d:%02d", i / 60, i % 60))
          .append("\",\"participant\":")
          .append(json(cut(payloads.get(i), 100)))
          .append(",\"fromClient\":")
          .append(i % 2 == 0)
          .append(",\"text\":")
          .append(json(payloads.get(i)))
          .append('}');
    }
    long caseId =
        firstId(
            api(
                token,
                "cases",
                "{\"partyId\":"
                    + partyId
                    + ",\"subject\":"
                    + json(cut(marker + " " + corpus, 200))
                    + ",\"request\":"
                    + json(corpus)
                    + ",\"transcript\":["
                    + transcript
                    + "]}"));

    // An agent opens that case, and looks an imported client up to open another.
    String caseUrl = atende + "cases/view.xhtml?id=" + caseId;
    browser.open(caseUrl);
    browser.logIn("ana", "atende");
    browser.until(ExpectedConditions.urlContains("/cases/view.xhtml"));
    browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), marker));
    assertInert("the case opened through the API for an imported client", caseUrl);
    browser.open(atende + "cases/open.xhtml");
    // By the first one's CPF: a name matching all of them asks for a narrower search.
    browser.type(By.id("openForm:party_input"), cpfs[0]);
    browser.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item")));
    assertInert("the look-up offering an imported client", atende + "cases/open.xhtml");
  }

  /** Sets a field's posted value as a crafted request would, past its maxlength. */
  private void set(String fieldId, String value) {
    browser.script("document.getElementById(arguments[0]).value = arguments[1];", fieldId, value);
  }

  private static String cut(String text, int length) {
    return text.length() > length ? text.substring(0, length) : text;
  }

  /** The first {@code "id"} of a JSON answer (the client has no JSON library of its own). */
  private static long firstId(String json) {
    Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
    assertTrue(id.find(), "an id in " + json);
    return Long.parseLong(id.group(1));
  }

  /** A JSON string of the text. */
  private static String json(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  private static String quoted(String field) {
    return "\"" + field.replace("\"", "\"\"") + "\"";
  }

  /** A request to the intake API with the client's token: a GET, or a POST of the body. */
  private String api(String token, String path, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(atende + "api/v1/" + path))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(60));
    if (body != null) {
      request
          .header("Content-Type", "application/json")
          .header("Idempotency-Key", UUID.randomUUID().toString())
          .POST(HttpRequest.BodyPublishers.ofString(body));
    }
    HttpResponse<String> answer =
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(
        answer.statusCode() / 100 == 2, path + ": " + answer.statusCode() + " " + answer.body());
    return answer.body();
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
