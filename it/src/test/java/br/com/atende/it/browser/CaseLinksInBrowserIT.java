package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An agent escalates a case to another department, generates a follow-up case from it, and later
 * appends a client's new call to the open case from the opening form instead of opening another.
 */
@RunAsClient
class CaseLinksInBrowserIT extends AgentAtTheBrowser {

  @Test
  void anAgentEscalatesGeneratesAFollowUpAndAppendsANewCallToTheOpenCase() {
    String token = UUID.randomUUID().toString().substring(0, 8);
    browser.open(atende + "cases/open.xhtml");
    browser.logIn("ana", "atende");
    browser.until(ExpectedConditions.urlContains("/cases/open.xhtml"));
    browser.type(By.id("openForm:party_input"), "Maria Oli");
    browser.click(By.cssSelector("[id='openForm:party_panel'] .ui-autocomplete-item"));
    browser.choose("openForm:channel", "channel", "PHONE", "Telefone");
    browser.type(By.id("openForm:subject"), "Cobrança em duplicidade " + token);
    browser.type(By.id("openForm:request"), "A cliente pagou o boleto duas vezes.");
    browser.tick("openForm:assignToMe");
    browser.click(By.id("openForm:submit"));
    browser.until(ExpectedConditions.urlContains("/cases/view.xhtml"));
    String number = browser.textOf(By.id("case-number"));

    browser.openTab("caseForm:tabs:linksTab");
    browser.choose(
        "caseForm:tabs:escalationDepartment",
        "escalationDepartment",
        departmentValue(),
        "Financeiro");
    browser.type(By.id("caseForm:tabs:escalationSubject"), "Estornar pagamento " + token);
    browser.type(By.id("caseForm:tabs:escalationRequest"), "Estornar o segundo pagamento.");
    browser.click(By.id("caseForm:tabs:escalate"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("caseForm:tabs:escalations"), "Estornar pagamento " + token));

    browser.type(By.id("caseForm:tabs:generatedSubject"), "Segunda via do carnê " + token);
    browser.type(By.id("caseForm:tabs:generatedRequest"), "Pediu também a segunda via do carnê.");
    browser.click(By.id("caseForm:tabs:generate"));
    browser.until(
        ExpectedConditions.textToBe(By.id("case-subject"), "Segunda via do carnê " + token));
    browser.openTab("caseForm:tabs:linksTab");
    assertTrue(browser.textOf(By.id("caseForm:tabs:related")).contains(number));

    browser.click(By.id("nav:open"));
    browser.until(ExpectedConditions.urlContains("/cases/open.xhtml"));
    browser.type(By.id("openForm:party_input"), "Maria Oli");
    browser.click(By.cssSelector("[id='openForm:party_panel'] .ui-autocomplete-item"));
    browser.until(ExpectedConditions.presenceOfElementLocated(By.id("openForm:appendTo")));
    browser.choose("openForm:channel", "channel", "PHONE", "Telefone");
    browser.type(By.id("openForm:request"), "Ligou de novo perguntando do estorno " + token);
    browser.choose("openForm:appendTo", "appendTo", caseValue(number), number);
    browser.click(By.id("openForm:append"));
    browser.until(ExpectedConditions.textToBe(By.id("case-number"), number));
    String discussion = browser.textOf(By.id("caseForm:entries"));
    assertTrue(discussion.contains("Ligou de novo perguntando do estorno " + token), discussion);
    assertTrue(discussion.contains("Novo contato do cliente"), discussion);
  }

  /** The option value (department id) of "Financeiro" in the escalation menu. */
  private String departmentValue() {
    return browser.optionValue("caseForm:tabs:escalationDepartment_input", "Financeiro");
  }

  /** The option value (case id) of the case with this number in the append menu. */
  private String caseValue(String number) {
    return browser.optionValue("openForm:appendTo_input", number);
  }
}
