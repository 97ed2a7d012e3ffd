package br.com.atende.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import br.com.atende.cases.application.CaseReadingService;
import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.DiscussionService;
import br.com.atende.cases.application.ForwardingService;
import br.com.atende.cases.live.CaseChanged;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.AgentOverHttp;
import br.com.atende.it.support.BusyCase;
import br.com.atende.queue.application.QueueService;
import br.com.atende.shared.PageRequest;
import br.com.atende.shared.sql.StatementRecorder;
import br.com.atende.shared.sql.UncappedCount;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No statement behind the agent's pages counts a whole history (issue 11): every count over {@code
 * support_case}, {@code discussion_entry} or {@code forwarding} reads at most a capped page of ids
 * ("1000+"), because at a million cases an uncapped count of a client's or a department's cases
 * costs more than the rest of the page. Checked on the SQL EclipseLink actually sends ({@link
 * UncappedCount}), for the two pages over HTTP and for the service calls they are built from.
 */
@ExtendWith(ArquillianExtension.class)
class UnboundedCountIT {

  private static final PageRequest FIRST_PAGE = PageRequest.of(0, 20);

  private static long busyCaseId;

  private final UncappedCount uncapped = UncappedCount.overHistoryTables();

  @Inject BusyCase busyCase;

  @Inject ActingAgent acting;

  @Inject CaseService cases;

  @Inject CaseReadingService reading;

  @Inject DiscussionService discussion;

  @Inject ForwardingService forwarding;

  @Inject QueueService queues;

  @Inject Event<CaseChanged> changes;

  @Test
  void theCasePageCountsNoWholeHistory() throws Exception {
    List<String> statements = page("cases/view.xhtml?id=" + busyCase());

    assertEquals(List.of(), uncapped.in(statements), "uncapped counts of the case page");
  }

  @Test
  void theQueuePageCountsNoWholeHistory() throws Exception {
    busyCase();
    List<String> statements = page("cases/queue.xhtml");

    assertEquals(List.of(), uncapped.in(statements), "uncapped counts of the queue page");
  }

  @Test
  void theCaseAndQueueServicesCountNoWholeHistory() throws Exception {
    long caseId = busyCase();
    List<String> statements;
    tabCountsOutdated();
    try (StatementRecorder.Recording recording = StatementRecorder.onThisThread()) {
      acting.as(
          BusyCase.HOLDER,
          () -> {
            reading.header(caseId);
            reading.sidePanel(caseId);
            discussion.conversation(caseId, null, 20);
            discussion.discussion(caseId, FIRST_PAGE);
            discussion.countDiscussion(caseId);
            forwarding.state(caseId);
            forwarding.history(caseId, FIRST_PAGE);
            forwarding.countHistory(caseId);
            cases.clientTimeline(caseId, FIRST_PAGE);
            cases.countClientTimeline(caseId);
            queues.tabs();
            queues.departmentQueue(FIRST_PAGE);
            queues.countDepartmentQueue();
            return null;
          });
      statements = recording.statements();
    }

    assertFalse(statements.isEmpty(), "the calls were recorded");
    assertEquals(List.of(), uncapped.in(statements), "uncapped counts of the services");
  }

  private long busyCase() throws Exception {
    if (busyCaseId == 0) {
      busyCaseId = busyCase.create();
    }
    return busyCaseId;
  }

  private List<String> page(String path) throws Exception {
    AgentOverHttp ana = AgentOverHttp.loggedInAs(BusyCase.HOLDER);
    ana.get(path);
    tabCountsOutdated();
    return ana.record(path).statements();
  }

  /**
   * A case changes meanwhile, as it does all day on a helpdesk: the queue's tab counts kept since
   * the last view are outdated, so the recorded view counts them again and its counts are checked.
   */
  private void tabCountsOutdated() {
    changes.fire(new CaseChanged(busyCaseId, 0, null, null, 0, null, null));
  }
}
