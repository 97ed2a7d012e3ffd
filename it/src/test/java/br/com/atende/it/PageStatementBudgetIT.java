package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.live.CaseChanged;
import br.com.atende.it.support.AgentOverHttp;
import br.com.atende.it.support.AgentOverHttp.RecordedPage;
import br.com.atende.it.support.BusyCase;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SQL budget of the agent's two pages (issue 11): rendering the case page of a busy case and
 * the queue page, as ana over HTTP, issues at most so many statements. Only the page request's own
 * thread is counted (the request and every EJB it calls run on it), so the outbox and overdue
 * timers never make it flaky; each page is requested once before it is measured, so what is counted
 * is a warm page, not Facelets compiling it or EclipseLink's first reads of the catalog.
 */
@ExtendWith(ArquillianExtension.class)
class PageStatementBudgetIT {

  /**
   * Before the workspace redesign the page issued 215 statements (sixteen tabs rendered at once
   * through about 40 EJB calls, each reading the current agent again). Redesigned it issues 8 on H2
   * and PostgreSQL: one call for what the page opens with (header, conversation, side panel),
   * reading the current agent and the case once through the access rule (its reference data from
   * the shared cache), then its own rows: the custom-field check; the conversation page with its
   * files and its capped count; the client's open cases, related cases and escalation children.
   * Tabs read nothing until opened. The six statements left are what a new panel of the page may
   * spend.
   */
  static final int CASE_PAGE_BUDGET = 14;

  /**
   * Before the redesign 26; now 10 on H2 and PostgreSQL when a case changed since the agent's last
   * view (the case the budget is set for): the tab counts (one capped id query per tab), the
   * department queue's first page and its capped count, the custom fields it may be filtered by,
   * and the current agent. While no case changes, the tab counts are kept and the page issues 4.
   */
  static final int QUEUE_PAGE_BUDGET = 14;

  /** What one panel of the case page, opened, may add to the page's statements. */
  static final int PANEL_BUDGET = 6;

  private static final Logger LOG = Logger.getLogger(PageStatementBudgetIT.class.getName());

  private static long busyCaseId;

  @Inject BusyCase busyCase;

  @Inject Event<CaseChanged> changes;

  @Test
  void theCasePageOfABusyCaseStaysWithinItsStatementBudget() throws Exception {
    String casePage = "cases/view.xhtml?id=" + busyCase();
    RecordedPage page = warmThenRecord(casePage);

    assertTrue(page.html().contains("Andamento " + BusyCase.NOTES), "the page shows the case");
    assertWithin(CASE_PAGE_BUDGET, "case page", page.statements());
  }

  /**
   * A panel keeps the page's budget (issue 12): the case page opened on its time panel from a link
   * issues at most the page's statements and the panel's own few (one service call: the desk's
   * settings, the summary, the first page of entries and its count).
   */
  @Test
  void theCasePageOpenedOnItsTimePanelStaysWithinTheBudgetOfThePageAndOnePanel() throws Exception {
    RecordedPage page = warmThenRecord("cases/view.xhtml?id=" + busyCase() + "&tab=time");

    assertTrue(page.html().contains("timeEntriesTable"), "the page opens on the time panel");
    assertWithin(CASE_PAGE_BUDGET + PANEL_BUDGET, "case page on its time panel", page.statements());
  }

  @Test
  void theQueuePageStaysWithinItsStatementBudget() throws Exception {
    busyCase();
    AgentOverHttp ana = AgentOverHttp.loggedInAs(BusyCase.HOLDER);
    ana.get("cases/queue.xhtml");
    // A case changes meanwhile: the tab counts kept since the first view are counted again.
    changes.fire(new CaseChanged(busyCaseId, 0, null, null, 0, null, null));
    RecordedPage page = ana.record("cases/queue.xhtml");

    assertTrue(page.html().contains("queueForm"), "the page shows the queue");
    assertWithin(QUEUE_PAGE_BUDGET, "queue page", page.statements());
  }

  private long busyCase() throws Exception {
    if (busyCaseId == 0) {
      busyCaseId = busyCase.create();
    }
    return busyCaseId;
  }

  private static RecordedPage warmThenRecord(String path) throws Exception {
    AgentOverHttp ana = AgentOverHttp.loggedInAs(BusyCase.HOLDER);
    ana.get(path);
    return ana.record(path);
  }

  private static void assertWithin(int budget, String page, List<String> statements) {
    // Logged so that the server log of a run gives the numbers to set the budget from.
    LOG.info(() -> page + " issued " + statements.size() + " statements (budget " + budget + ")");
    assertTrue(
        statements.size() <= budget,
        () ->
            page
                + " issued "
                + statements.size()
                + " SQL statements, over its budget of "
                + budget
                + ":\n"
                + String.join("\n", statements));
  }
}
