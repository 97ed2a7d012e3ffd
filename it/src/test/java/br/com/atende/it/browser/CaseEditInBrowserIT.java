package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An agent corrects a case after opening it: the subject on the request tab, then the client and
 * the representative on the additional-data tab; each change shows up in the audit tab.
 */
@RunAsClient
class CaseEditInBrowserIT extends AgentAtTheBrowser {

  @Test
  void anAgentCorrectsTheSubjectThenTheClientAndRepresentativeAndFindsEachChangeAudited() {
    String token = UUID.randomUUID().toString().substring(0, 8);
    browser.open(atende + "cases/open.xhtml");
    browser.logIn("ana", "atende");
    browser.until(ExpectedConditions.urlContains("/cases/open.xhtml"));
    browser.type(By.id("openForm:party_input"), "Metal");
    browser.click(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item"));
    browser.choose("openForm:channel", "channel", "PHONE", "Telefone");
    browser.type(By.id("openForm:subject"), "Boleto errado " + token);
    browser.type(By.id("openForm:request"), "O boleto veio com o valor de outro contrato.");
    browser.tick("openForm:assignToMe");
    browser.click(By.id("openForm:submit"));
    browser.until(ExpectedConditions.urlContains("/cases/view.xhtml"));

    browser.click(By.id("caseForm:startEdit"));
    browser.type(By.id("caseForm:editSubject"), "Boleto com valor errado " + token);
    browser.click(By.id("caseForm:saveEdit"));
    browser.until(
        ExpectedConditions.textToBe(By.id("case-subject"), "Boleto com valor errado " + token));

    // The call was in fact from Maria, about the contract Vendas Sul sold her.
    browser.openTab("caseForm:tabs:detailsTab");
    browser.click(By.id("caseForm:tabs:startRelink"));
    browser.type(By.id("caseForm:tabs:relinkParty_input"), "Maria Oli");
    browser.click(By.cssSelector("[id='caseForm:tabs:relinkParty_panel'] .ui-autocomplete-item"));
    browser.type(By.id("caseForm:tabs:relinkRepresentative_input"), "Vendas");
    browser.click(
        By.cssSelector("[id='caseForm:tabs:relinkRepresentative_panel'] .ui-autocomplete-item"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("caseForm:tabs:relinkRepresentativeContact"), "Otávio Ramos"));
    browser.click(By.id("caseForm:tabs:saveRelink"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("case-party"), "Maria Oliveira"));
    assertEquals("Vendas Sul Representações", browser.textOf(By.id("case-representative")));

    browser.openTab("caseForm:tabs:auditTab");
    String audit = browser.textOf(By.id("caseForm:tabs:audit"));
    assertTrue(audit.contains("Boleto errado " + token), audit);
    assertTrue(audit.contains("Boleto com valor errado " + token), audit);
    assertTrue(audit.contains("Metalúrgica Horizonte Ltda"), audit);
    assertTrue(audit.contains("Maria Oliveira"), audit);
    assertTrue(audit.contains("Vendas Sul Representações"), audit);
  }
}
