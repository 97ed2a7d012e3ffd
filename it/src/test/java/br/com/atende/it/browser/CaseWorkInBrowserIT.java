package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An agent works a case from opening to conclusion at the browser (discussion with an attached
 * file, solution, scheduling), and a supervisor then raises its access level.
 */
@RunAsClient
class CaseWorkInBrowserIT extends AgentAtTheBrowser {

  @TempDir Path files;

  @Test
  void
      anAgentOpensACaseByCpfDiscussesWithAnAttachmentSchedulesConcludesAndASupervisorRaisesItsLevel()
          throws IOException {
    String subject = "Segunda via de contrato " + UUID.randomUUID().toString().substring(0, 8);
    browser.open(atende + "cases/open.xhtml");
    browser.logIn("ana", "atende");
    browser.until(ExpectedConditions.urlContains("/cases/open.xhtml"));

    // The party is found by her CPF, typed with its punctuation.
    browser.type(By.id("openForm:party_input"), "529.982.247-25");
    browser.click(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item"));
    browser.choose("openForm:channel", "channel", "PHONE", "Telefone");
    browser.type(By.id("openForm:subject"), subject);
    browser.type(By.id("openForm:request"), "A cliente pede a segunda via do contrato assinado.");
    browser.tick("openForm:assignToMe");
    browser.click(By.id("openForm:submit"));
    browser.until(ExpectedConditions.urlContains("/cases/view.xhtml"));
    String caseUrl = browser.currentUrl();
    assertEquals("Em andamento", browser.textOf(By.id("case-status")));

    browser.typeRich("caseForm:noteText", "Liguei para a cliente e confirmei o endereço.");
    browser.attach(
        By.cssSelector("input[type=file][name^='caseForm:noteFiles']"),
        textFile("endereco.txt", "Rua das Flores, 100 - São Paulo"));
    browser.click(By.id("caseForm:addNote"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("caseForm:entries"), "Liguei para a cliente e confirmei o endereço."));
    String download =
        browser
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//*[@id='caseForm:entries']//a[contains(., 'endereco.txt')]")))
            .getAttribute("href");
    assertEquals(
        "200 | attachment; filename=\"endereco.txt\"; filename*=UTF-8''endereco.txt | nosniff",
        browser.fetch(download, "Content-Disposition", "X-Content-Type-Options"));

    browser.openTab("caseForm:tabs:solutionTab");
    browser.typeRich(
        "caseForm:tabs:solutionText", "Enviamos a segunda via por e-mail e pelo correio.");
    browser.click(By.id("caseForm:tabs:addSolution"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("caseForm:tabs:solutions"), "Enviamos a segunda via por e-mail e pelo correio."));

    browser.click(By.id("caseForm:openStatus"));

    browser.pick("caseForm:targetStatus", "targetStatus", "SCHEDULED", "Agendado");
    browser.type(By.id("caseForm:scheduledFor_input"), "30/12/2030 10:00");
    browser.type(By.id("caseForm:statusNote"), "Entrega combinada com a cliente");
    browser.click(By.id("caseForm:changeStatus"));
    browser.until(ExpectedConditions.textToBe(By.id("case-status"), "Agendado"));

    browser.click(By.id("caseForm:openStatus"));

    browser.choose("caseForm:targetStatus", "targetStatus", "SOLVED", "Solucionado");
    browser.click(By.id("caseForm:changeStatus"));
    browser.until(ExpectedConditions.textToBe(By.id("case-status"), "Solucionado"));

    browser.click(By.id("caseForm:openStatus"));

    browser.choose("caseForm:targetStatus", "targetStatus", "NOTIFIED", "Concluído respondido");
    browser.click(By.id("caseForm:changeStatus"));
    browser.until(ExpectedConditions.textToBe(By.id("case-status"), "Concluído respondido"));

    browser.openTab("caseForm:tabs:historyTab");
    String history = browser.textOf(By.id("caseForm:tabs:history"));
    assertTrue(history.contains("Agendado"), history);
    assertTrue(history.contains("Concluído respondido"), history);

    browser.click(By.id("nav:logout"));
    browser.until(ExpectedConditions.urlContains("/login.xhtml"));
    browser.open(caseUrl);
    browser.logIn("carla", "atende");
    browser.until(ExpectedConditions.urlContains("/cases/view.xhtml"));
    browser.openTab("caseForm:tabs:detailsTab");
    browser.type(By.id("caseForm:tabs:accessLevel_input"), "2");
    browser.click(By.id("caseForm:tabs:changeAccessLevel"));
    browser.until(ExpectedConditions.textToBe(By.id("case-accessLevel"), "2"));
    assertTrue(browser.pageText().contains("Nível de acesso alterado para 2."), browser.pageText());
  }

  private Path textFile(String name, String content) throws IOException {
    return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
  }
}
