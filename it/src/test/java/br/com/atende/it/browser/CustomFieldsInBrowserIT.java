package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.it.support.TaxIds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator gives a case type a date field and a choice field; an agent fills them on a
 * case of that type and finds them audited; a case of a type without fields has no such tab. The
 * administrator also creates an API client, sees its token once, and revokes it (kept here, with
 * the other administration page, to spare the suite a deployment), and imports a CSV file of
 * parties, following its progress and downloading the report of its refused rows.
 */
@RunAsClient
class CustomFieldsInBrowserIT extends AgentAtTheBrowser {

  private static final String SERVICE_REQUEST = "Solicitação de serviço";

  @Test
  void anAdminDefinesADateAndAChoiceAndAnAgentFillsThemOnACaseOfThatType() {
    String token = UUID.randomUUID().toString().substring(0, 6);
    browser.open(atende + "admin/custom-fields.xhtml");
    browser.logIn("admin", "atende");
    browser.until(ExpectedConditions.urlContains("/admin/custom-fields.xhtml"));
    browser.choose(
        "customFieldsForm:caseType",
        "caseType",
        browser.optionValue("customFieldsForm:caseType_input", SERVICE_REQUEST),
        SERVICE_REQUEST);
    define("Prazo " + token, "DATE", "Data");
    define("Canal " + token, "SINGLE_CHOICE", "Escolha única");
    browser.type(By.id("customFieldsForm:optionLabel"), "Balcão");
    browser.click(By.id("customFieldsForm:addOption"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("customFieldsForm:options"), "Balcão"));
    browser.type(By.id("customFieldsForm:optionLabel"), "Internet");
    browser.click(By.id("customFieldsForm:addOption"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("customFieldsForm:options"), "Internet"));
    assertEquals(SERVICE_REQUEST, browser.textOf(By.id("customFieldsForm:caseType_label")));
    browser.close();

    browser = new Browser();
    openCase("Pedido de visita " + token, SERVICE_REQUEST, true);
    assertTrue(
        browser.pageText().contains("Campos complementares"),
        "the case page shows the custom fields tab: " + browser.pageText());
    browser.openTab("caseForm:tabs:customFieldsTab");
    assertTrue(browser.pageText().contains("Prazo " + token));
    browser.type(By.id("caseForm:tabs:cf:0:date_input"), "2026-05-20");
    browser
        .until(ExpectedConditions.presenceOfElementLocated(By.id("caseForm:tabs:cf:0:date_input")))
        .sendKeys(Keys.ESCAPE);
    browser.choose(
        "caseForm:tabs:cf:1:choice",
        "cfChoice1",
        browser.optionValue("caseForm:tabs:cf:1:choice_input", "Balcão"),
        "Balcão");
    browser.click(By.id("caseForm:tabs:saveCustomFields"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("body"), "Campos complementares salvos"));

    browser.openTab("caseForm:tabs:auditTab");
    // The tab's table arrives by ajax after the tab shows: wait for its rows, then read them.
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("caseForm:tabs:audit"), "Prazo " + token));
    String audit = browser.textOf(By.id("caseForm:tabs:audit"));
    assertTrue(audit.contains("2026-05-20"), audit);
    assertTrue(audit.contains("Balcão"), audit);

    openCase("Sem campos " + token, "Incidente", false);
    assertTrue(
        browser.pageText().contains("Sem campos " + token), "the case page of an incident shows");
    assertTrue(
        browser.currentUrl().contains("/cases/view.xhtml")
            && !browser.pageText().contains("Campos complementares"),
        "no custom fields tab for a type without active fields");
  }

  private void define(String name, String type, String typeLabel) {
    browser.type(By.id("customFieldsForm:name"), name);
    browser.choose("customFieldsForm:type", "fieldType", type, typeLabel);
    browser.click(By.id("customFieldsForm:saveField"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("customFieldsForm:fields"), name));
  }

  private void openCase(String subject, String caseType, boolean logIn) {
    browser.open(atende + "cases/open.xhtml");
    if (logIn) {
      browser.logIn("ana", "atende");
    }
    browser.until(ExpectedConditions.urlContains("/cases/open.xhtml"));
    browser.type(By.id("openForm:party_input"), "Metal");
    browser.click(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item"));
    browser.choose(
        "openForm:caseType",
        "caseType",
        browser.optionValue("openForm:caseType_input", caseType),
        caseType);
    browser.choose("openForm:channel", "channel", "PHONE", "Telefone");
    browser.type(By.id("openForm:subject"), subject);
    browser.type(By.id("openForm:request"), "Pedido do cliente.");
    browser.tick("openForm:assignToMe");
    browser.click(By.id("openForm:submit"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("case-subject"), subject));
  }

  @Test
  void anAdminCreatesAnApiClientSeesItsTokenOnceAndRevokesIt() throws Exception {
    String name = "Chat do portal " + UUID.randomUUID().toString().substring(0, 6);
    browser.open(atende + "admin/api-clients.xhtml");
    browser.logIn("admin", "atende");
    browser.until(ExpectedConditions.urlContains("/admin/api-clients.xhtml"));
    browser.type(By.id("apiClientsForm:clientName"), name);
    browser.click(By.id("apiClientsForm:createClient"));
    String token =
        browser
            .until(
                ExpectedConditions.visibilityOfElementLocated(By.id("apiClientsForm:createdToken")))
            .getAttribute("value");
    assertTrue(token.startsWith("atd_") && token.length() > 40, "the token is shown: " + token);
    assertEquals(200, apiStatus(token), "the token opens the API");

    By row = By.xpath("//tr[td[contains(., '" + name + "')]]");
    browser.open(atende + "admin/api-clients.xhtml");
    browser.until(ExpectedConditions.visibilityOfElementLocated(row));
    assertFalse(browser.pageText().contains(token), "the token is shown once only");
    assertFalse(
        browser.textOf(row).contains("Nunca"), "its last use is shown: " + browser.textOf(row));

    browser.click(
        By.xpath("//tr[td[contains(., '" + name + "')]]//button[contains(@id,'revoke')]"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.xpath("//tr[td[contains(., '" + name + "')]]"), "Revogado"));
    assertEquals(401, apiStatus(token), "a revoked token is refused");
  }

  @Test
  void anAdminImportsAFileOfPartiesFollowsItsProgressAndDownloadsTheReportOfItsRefusedRows()
      throws Exception {
    String[] cpf = TaxIds.cpfs(2);
    Path file = Files.createTempFile("clientes", ".csv");
    Files.writeString(
        file,
        "\uFEFFkind;name;tax_id;contact_name;contact_email\r\n"
            + "PERSON;Cliente Importado;"
            + cpf[0]
            + ";Rita;rita@example.com\r\n"
            + "PERSON;CPF Errado;123.456.789-00;;\r\n"
            + "ALIEN;Tipo Estranho;"
            + cpf[1]
            + ";;\r\n",
        StandardCharsets.UTF_8);
    browser.open(atende + "admin/import.xhtml");
    browser.logIn("admin", "atende");
    browser.until(ExpectedConditions.urlContains("/admin/import.xhtml"));

    browser.attach(By.id("importForm:file"), file);
    browser.click(By.id("importForm:start"));

    browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("importForm:progress")));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("importState"), "concluída"));
    assertTrue(
        browser.textOf(By.id("progressText")).contains("clientes incluídos: 1"),
        browser.textOf(By.id("progressText")));
    assertTrue(browser.textOf(By.id("progressText")).contains("linhas recusadas: 2"));
    String href =
        browser
            .until(ExpectedConditions.presenceOfElementLocated(By.id("downloadReport")))
            .getAttribute("href");
    assertTrue(browser.fetch(href, "Content-Type").startsWith("200 | text/csv"));
    // In the administrator's language; the bytes as sent (one char per byte), read as UTF-8.
    String report =
        new String(
            browser.fetchBytes(href).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    assertEquals(
        List.of(
            "linha,campo,problema,motivo",
            "3,tax_id,INVALID_TAX_ID,CPF/CNPJ inválido",
            "4,kind,UNKNOWN_KIND,tipo desconhecido"),
        List.of(report.strip().split("\\R")));
    Files.delete(file);
  }

  private int apiStatus(String token) throws Exception {
    return java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(atende + "api/v1/cases"))
                .header("Authorization", "Bearer " + token)
                .build(),
            java.net.http.HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
