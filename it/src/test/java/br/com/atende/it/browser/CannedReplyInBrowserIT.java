package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An agent writes a canned reply of its own, then, answering a case, types "::" and a few letters
 * of its name in the composer and inserts it with the keyboard, filled for that case (seed 004
 * §4.1).
 */
@RunAsClient
class CannedReplyInBrowserIT extends AgentAtTheBrowser {

  @Test
  void anAgentInsertsACannedReplyByTypingColonsAndItsPlaceholdersAreFilledForTheCase() {
    String token = UUID.randomUUID().toString().substring(0, 6);
    browser.open(atende + "account/canned-replies.xhtml");
    browser.logIn("ana", "atende");
    browser.until(ExpectedConditions.urlContains("/account/canned-replies.xhtml"));
    browser.type(By.id("cannedReplies:replyName"), "Saudacao" + token);
    browser.type(
        By.id("cannedReplies:replyBody"),
        "Prezados da {cliente}, sobre o atendimento {caso} ({assunto}): seguimos. {atendente}");
    browser.click(By.id("cannedReplies:saveReply"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("cannedReplies:replies"), "Saudacao" + token));

    browser.open(atende + "cases/open.xhtml");
    browser.type(By.id("openForm:party_input"), "Metal");
    browser.click(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item"));
    browser.choose("openForm:channel", "channel", "PHONE", "Telefone");
    browser.type(By.id("openForm:subject"), "Nota fiscal " + token);
    browser.type(By.id("openForm:request"), "A nota fiscal não chegou.");
    browser.tick("openForm:assignToMe");
    browser.click(By.id("openForm:submit"));
    browser.until(ExpectedConditions.urlContains("/cases/view.xhtml"));
    String number = browser.textOf(By.id("case-number"));

    browser.typeRich("caseForm:noteText", "::saudacao" + token.substring(0, 3));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("canned-list"), "Saudacao" + token));
    browser.press(Keys.ENTER);
    By editor = By.cssSelector("[id='caseForm:noteText'] .ql-editor");
    browser.until(ExpectedConditions.textToBePresentInElementLocated(editor, "seguimos"));
    String inserted = browser.textOf(editor);
    assertTrue(inserted.contains("Prezados da Metalúrgica Horizonte Ltda"), inserted);
    assertTrue(
        inserted.contains("atendimento " + number + " (Nota fiscal " + token + ")"), inserted);
    assertFalse(inserted.contains("::") || inserted.contains("{"), inserted);

    browser.click(By.id("caseForm:addNote"));
    browser.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("caseForm:entries"), "Prezados da Metalúrgica Horizonte Ltda"));
  }
}
