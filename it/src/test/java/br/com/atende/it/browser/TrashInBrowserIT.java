package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.trash.TrashService;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.TrashRows;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The trash at the browser (SPEC C10): Tiago, an agent whose profile may delete cases, opens a case
 * and deletes it from the "Mais" menu after confirming; the case is gone from its address; Carla, a
 * supervisor, finds it on the trash page with who deleted it, restores it, and it opens again.
 * Tiago is set up in the server first.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrashInBrowserIT {

  private static final String DELETER = "tiago";

  @Inject TrashRows rows;

  @Inject ActingAgent acting;

  @Inject TrashService trash;

  @ArquillianResource URL server;

  @Test
  @Order(1)
  void theAgentOfThisTestMayDeleteCases() throws Exception {
    rows.deletingAgent();
    assertTrue(acting.as(DELETER, () -> trash.mayDelete()));
  }

  @Test
  @Order(2)
  @RunAsClient
  void anAgentDeletesACaseFromTheMoreMenuAndASupervisorRestoresItFromTheTrash() {
    // Arquillian gives the server's root when the EAR has two web modules.
    String atende = URI.create(server.toString()).resolve("/atende/").toString();
    String subject = "Excluir pelo menu " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = new Browser()) {
      browser.open(atende + "cases/open.xhtml");
      browser.logIn(DELETER, "atende");
      browser.until(ExpectedConditions.urlContains("/cases/open.xhtml"));
      browser.type(By.id("openForm:party_input"), "529.982.247-25");
      browser.click(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item"));
      browser.choose("openForm:channel", "channel", "PHONE", "Telefone");
      browser.type(By.id("openForm:subject"), subject);
      browser.type(By.id("openForm:request"), "Pedido: " + subject);
      browser.click(By.id("openForm:submit"));
      browser.until(ExpectedConditions.urlContains("/cases/view.xhtml"));
      String caseUrl = browser.currentUrl();

      browser.click(By.cssSelector("#case-more summary"));
      browser.click(By.id("moreDelete"));
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseForm:deleteDialog")));
      browser.click(By.id("caseForm:confirmDelete"));
      browser.until(ExpectedConditions.urlContains("/cases/queue.xhtml"));
      assertTrue(browser.pageText().contains("movido para a lixeira"), browser.pageText());
      browser.open(caseUrl);
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-message")));
      browser.open(atende + "cases/queue.xhtml");
      browser.click(By.id("nav:logout"));
      browser.until(ExpectedConditions.urlContains("/login.xhtml"));

      browser.open(atende + "cases/trash.xhtml");
      browser.logIn("carla", "atende");
      browser.until(ExpectedConditions.urlContains("/cases/trash.xhtml"));
      By row = By.xpath("//tr[td[normalize-space(.)='" + subject + "']]");
      browser.until(ExpectedConditions.textToBePresentInElementLocated(row, "Tiago Alves"));
      browser.click(By.xpath("//tr[td[normalize-space(.)='" + subject + "']]//button"));
      browser.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "restaurado"));
      browser.until(ExpectedConditions.invisibilityOfElementLocated(row));

      browser.open(caseUrl);
      browser.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("case-subject"), subject));
    }
  }
}
