package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.it.support.TaxIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator's integration pages at the browser (issue 14), one story: the administrator
 * creates an API client and sees its token once (gone after a reload), revokes the client, then
 * imports a small CSV file of parties, follows it to the end, downloads the report of the refused
 * rows, and finds the import's execution on the jobs page with its state and who started it.
 */
@RunAsClient
class ApiClientsAndImportInBrowserIT extends AgentAtTheBrowser {

  @Test
  void anAdministratorCreatesAndRevokesAnApiClientThenImportsAFileAndDownloadsItsReport()
      throws IOException {
    String name = "Chat " + UUID.randomUUID().toString().substring(0, 8);
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
    assertTrue(token != null && token.length() >= 20, "a token is shown: " + token);
    By clientRow = By.xpath("//tr[td[normalize-space(.) = '" + name + "']]");
    assertTrue(browser.textOf(clientRow).contains("Ativo"), browser.textOf(clientRow));

    browser.open(atende + "admin/api-clients.xhtml");
    browser.until(ExpectedConditions.visibilityOfElementLocated(clientRow));
    assertFalse(browser.pageText().contains(token), "the token is shown once only");
    browser.click(By.xpath("//tr[td[normalize-space(.) = '" + name + "']]//button"));
    browser.until(ExpectedConditions.textToBePresentInElementLocated(clientRow, "Revogado em"));

    String[] cpf = TaxIds.cpfs(2);
    Path file = Files.createTempFile("clientes-", ".csv");
    Files.writeString(
        file,
        "kind,name,tax_id,email\n"
            + "PERSON,Pessoa Do Navegador,"
            + cpf[0]
            + ",navegador@example.com\n"
            + "PERSON,Email Ruim No Navegador,"
            + cpf[1]
            + ",nao-e-email\n"
            + "ALIEN,Tipo Ruim,123,\n",
        StandardCharsets.UTF_8);
    browser.click(By.id("nav:import"));
    browser.until(ExpectedConditions.urlContains("/admin/import.xhtml"));
    browser.attach(By.cssSelector("input[type='file']"), file);
    browser.click(By.id("importForm:start"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("importState"), "concluída"));
    assertTrue(
        browser.textOf(By.id("progressText")).contains("clientes incluídos: 1"),
        browser.textOf(By.id("progressText")));
    // The bytes as sent (one char per byte), read as the UTF-8 the report is written in.
    String report =
        new String(
            browser
                .fetchBytes(
                    browser
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("downloadReport")))
                        .getAttribute("href"))
                .getBytes(StandardCharsets.ISO_8859_1),
            StandardCharsets.UTF_8);
    assertEquals(
        List.of(
            "linha,campo,problema,motivo",
            "3,email,INVALID_EMAIL,endereço de e-mail inválido",
            "4,kind,UNKNOWN_KIND,tipo desconhecido",
            "4,tax_id,INVALID_TAX_ID,CPF/CNPJ inválido"),
        report.lines().map(String::strip).toList());
    Files.delete(file);

    browser.click(By.id("nav:jobs"));
    browser.until(ExpectedConditions.urlContains("/admin/jobs.xhtml"));
    String newest =
        browser.textOf(
            By.xpath(
                "(//tbody[@id='jobsForm:executions_data']/tr[td[normalize-space(.) ="
                    + " 'party-import']])[1]"));
    assertTrue(
        newest.contains("party-import") && newest.contains("COMPLETED") && newest.contains("admin"),
        newest);
  }
}
