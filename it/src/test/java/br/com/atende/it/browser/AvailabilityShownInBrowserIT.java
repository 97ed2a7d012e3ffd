package br.com.atende.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An agent's availability (seed 003, "Alterar Status do Atendente") where a supervisor gives it
 * work: next to its name in the opening form's assignee list, and next to it as the holder of the
 * cases in the supervisor's team tabs.
 */
@RunAsClient
class AvailabilityShownInBrowserIT extends AgentAtTheBrowser {

  @Test
  void aSupervisorSeesThatAnAgentIsInAMeetingWhereItAssignsAndInItsTeamTab() {
    browser.open(atende + "cases/queue.xhtml");
    browser.logIn("ana", "atende");
    browser.until(ExpectedConditions.urlContains("/cases/queue.xhtml"));
    browser.pick(
        "bellForm:availability", "widget_bellForm_availability", "IN_MEETING", "Em reunião");

    Browser supervisor = secondBrowser();
    supervisor.open(atende + "cases/open.xhtml");
    supervisor.logIn("carla", "atende");
    supervisor.until(ExpectedConditions.urlContains("/cases/open.xhtml"));
    String ana = supervisor.optionValue("openForm:assignee_input", "Ana Souza · Em reunião");

    String subject = "Disponibilidade " + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    supervisor.type(By.id("openForm:party_input"), "529.982.247-25");
    supervisor.click(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item"));
    supervisor.choose("openForm:channel", "channel", "PHONE", "Telefone");
    supervisor.choose("openForm:assignee", "assignee", ana, "Ana Souza · Em reunião");
    supervisor.type(By.id("openForm:subject"), subject);
    supervisor.type(By.id("openForm:request"), "Pedido: " + subject);
    supervisor.click(By.id("openForm:submit"));
    supervisor.until(ExpectedConditions.urlContains("/cases/view.xhtml"));

    // Held by Ana, no first reply yet: the team's "awaiting the agent" tab, newest first.
    supervisor.open(atende + "cases/queue.xhtml");
    supervisor.click(By.cssSelector(".queue-tab-TEAM_AWAITING"));
    By row =
        By.xpath(
            "//tbody[@id='queueForm:queue_data']/tr[.//span[@class='case-subject' and .='"
                + subject
                + "']]");
    supervisor.until(ExpectedConditions.presenceOfElementLocated(row));
    String shown = supervisor.textOf(row);
    assertTrue(shown.contains("Ana Souza · Em reunião"), shown);

    // Back at her desk: the next page of the tab says so.
    browser.pick(
        "bellForm:availability", "widget_bellForm_availability", "AVAILABLE", "Disponível");
    supervisor.click(By.cssSelector(".queue-tab-TEAM_AWAITING"));
    supervisor.until(
        ExpectedConditions.textToBePresentInElementLocated(row, "Ana Souza · Disponível"));
  }
}
