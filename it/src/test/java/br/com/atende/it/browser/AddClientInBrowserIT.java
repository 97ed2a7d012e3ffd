package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.it.support.TaxIds;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Seed 004 §2.1: a client not registered yet is added from the opening form without leaving it, and
 * the case is opened for it with what was typed before.
 */
@RunAsClient
class AddClientInBrowserIT extends AgentAtTheBrowser {

  @Test
  void anAgentAddsANewClientFromTheOpeningFormAndOpensACaseForIt() {
    String token = "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    String client = "Padaria Aurora " + token;
    String subject = "Forno sem aquecer " + token;
    String cpf = TaxIds.cpfs(1)[0];

    browser.open(atende + "cases/open.xhtml");
    browser.logIn("ana", "atende");
    browser.until(ExpectedConditions.urlContains("/cases/open.xhtml"));
    browser.type(By.id("openForm:subject"), subject);

    // A wrong check digit is refused naming the field, and the dialog stays open.
    browser.click(By.id("openForm:addClient"));
    browser.type(By.id("newClientForm:partyName"), client);
    browser.type(
        By.id("newClientForm:partyTaxId"),
        cpf.substring(0, 10) + ((cpf.charAt(10) - '0' + 1) % 10));
    browser.click(By.id("newClientForm:saveClient"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("messages"), "CPF/CNPJ: CPF/CNPJ inválido"));

    browser.type(By.id("newClientForm:partyTaxId"), cpf);
    browser.type(By.id("newClientForm:partyEmail"), token + "@padaria.example");
    browser.click(By.id("newClientForm:saveClient"));
    browser.until(ExpectedConditions.attributeToBe(By.id("openForm:party_input"), "value", client));
    browser.until(
        ExpectedConditions.invisibilityOfElementLocated(By.id("newClientForm:newClientDialog")));
    assertEquals(
        subject,
        browser.script("return document.getElementById('openForm:subject').value;"),
        "what was typed before is kept");

    browser.choose("openForm:channel", "channel", "PHONE", "Telefone");
    browser.type(By.id("openForm:request"), "O forno não aquece desde ontem.");
    browser.click(By.id("openForm:submit"));

    browser.until(ExpectedConditions.urlContains("/cases/view.xhtml"));
    assertEquals(subject, browser.textOf(By.id("case-subject")));
    assertTrue(
        browser.textOf(By.id("case-party")).startsWith(client),
        browser.textOf(By.id("case-party")));
  }
}
