package br.com.atende.it;

import static br.com.atende.it.support.BatchJobs.awaitEnd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.BulkCases;
import br.com.atende.it.support.Fixtures;
import br.com.atende.organization.model.Permission;
import br.com.atende.organization.model.Role;
import br.com.atende.queue.application.QueueTab;
import br.com.atende.queue.bulk.BulkActionProgress;
import br.com.atende.queue.bulk.BulkActionService;
import br.com.atende.queue.bulk.BulkActionStarted;
import br.com.atende.queue.bulk.StartBulkActionCommand;
import br.com.atende.shared.InvalidInputException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulk actions as jobs (issue 14): the bulk-action job run for real by the server's batch runtime,
 * acting with the rules of the agent who started it.
 */
@ExtendWith(ArquillianExtension.class)
class BulkActionsIT {

  @Inject ActingAgent acting;

  @Inject Fixtures fixtures;

  @Inject BulkCases bulkCases;

  @Inject BulkActionService bulk;

  @Test
  void anUnderstandingStoppedMidwayAndResumedReachesEveryVisibleCaseOnceAndRefusesTheHiddenOne()
      throws Exception {
    String starter = fixtures.agent(1, Set.of(), Role.AGENT);
    List<Long> held = bulkCases.open(starter, 250, 0, true);
    long hidden = bulkCases.open(starter, 1, 2, false).get(0);
    List<Long> selected = new ArrayList<>(held);
    selected.add(hidden);
    Collections.shuffle(selected);

    // Fails between two cases of its second chunk (100 cases a chunk): 130 applied, 100
    // checkpointed.
    long action =
        acting.as(
            starter,
            () ->
                bulk.start(
                    StartBulkActionCommand.understanding(selected, "Cliente quer a 2ª via."), 130));
    assertEquals(BatchStatus.FAILED, awaitEnd(executionOf(starter, action)));
    BulkActionProgress failed = acting.as(starter, () -> bulk.progress(action));
    assertEquals(BulkActionProgress.INTERRUPTED, failed.state());
    assertEquals(130, failed.done());

    acting.as(
        starter,
        () -> {
          bulk.resume(action);
          return null;
        });
    assertEquals(BatchStatus.COMPLETED, awaitEnd(executionOf(starter, action)));

    BulkActionProgress finished = acting.as(starter, () -> bulk.progress(action));
    assertEquals(BulkActionProgress.COMPLETED, finished.state());
    assertEquals(251, finished.total());
    assertEquals(250, finished.done());
    assertEquals(1, finished.refused());
    assertEquals(
        Collections.nCopies(250, 1L), bulkCases.understandingsBy(held, starter), "once each");
    assertEquals(List.of(0L), bulkCases.understandingsBy(List.of(hidden), starter));
    String report =
        new String(
            acting.as(starter, () -> bulk.report(action, key -> key)), StandardCharsets.UTF_8);
    assertEquals(
        List.of(
            "bulk.report.caseId,bulk.report.number,bulk.report.subject,bulk.report.reason",
            hidden + ",,,error.notFound"),
        report.lines().toList(),
        "the hidden case is refused as not found, its number and subject not shown");
  }

  @Test
  void aTransferMovesTheCasesInTheStartersHandsAndRefusesTheOthersWithTheReason() throws Exception {
    String starter = fixtures.agent(1, Set.of(Permission.CASE_TRANSFER), Role.AGENT);
    String colleague = fixtures.agent(1, Set.of(Permission.CASE_TRANSFER), Role.AGENT);
    List<Long> mine = bulkCases.open(starter, 3, 0, true);
    long colleagues = bulkCases.open(colleague, 1, 0, true).get(0);
    long target =
        fixtures.departmentsOfCompanyOf(starter).stream()
            .filter(id -> id != fixtures.departmentOf(starter))
            .findFirst()
            .orElseThrow();
    List<Long> selected = new ArrayList<>(mine);
    selected.add(colleagues);

    long action =
        acting.as(
            starter,
            () ->
                bulk.start(
                    StartBulkActionCommand.transfer(selected, target, null, "Cobrança"), null));
    assertEquals(BatchStatus.COMPLETED, awaitEnd(executionOf(starter, action)));

    BulkActionProgress finished = acting.as(starter, () -> bulk.progress(action));
    assertEquals(3, finished.done());
    assertEquals(1, finished.refused());
    mine.forEach(id -> assertEquals(target, bulkCases.departmentOf(id)));
    assertEquals(fixtures.departmentOf(colleague), bulkCases.departmentOf(colleagues));
    String report =
        new String(
            acting.as(starter, () -> bulk.report(action, key -> key)), StandardCharsets.UTF_8);
    assertTrue(
        report
            .lines()
            .anyMatch(
                line ->
                    line.startsWith(colleagues + ",")
                        && line.endsWith(",error.transfer.notHolder")),
        report);
  }

  @Test
  void anUnderstandingOnAWholeTabTakesTheTabsCasesWhenItStarts() throws Exception {
    String starter = fixtures.agent(1, Set.of(), Role.AGENT);
    List<Long> mine = bulkCases.open(starter, 3, 0, true);

    BulkActionStarted started =
        acting.as(
            starter,
            () ->
                bulk.startOnQueue(
                    StartBulkActionCommand.understanding(List.of(), "Aguardando o cliente."),
                    QueueTab.MINE_NEW,
                    null));
    assertEquals(3, started.cases());
    assertFalse(started.capped());
    assertEquals(BatchStatus.COMPLETED, awaitEnd(executionOf(starter, started.id())));

    assertEquals(3, acting.as(starter, () -> bulk.progress(started.id())).done());
    assertEquals(List.of(1L, 1L, 1L), bulkCases.understandingsBy(mine, starter));
  }

  @Test
  void moreCasesThanABulkActionTakesAreRefusedNamingTheSelection() throws Exception {
    String starter = fixtures.agent(1, Set.of(), Role.AGENT);
    List<Long> tooMany =
        LongStream.rangeClosed(1, BulkActionService.MAX_CASES + 1).boxed().toList();
    InvalidInputException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidInputException.class,
            () ->
                acting.as(
                    starter,
                    () -> bulk.start(StartBulkActionCommand.understanding(tooMany, "Texto"))));
    assertEquals("caseIds", refused.field());
  }

  private long executionOf(String login, long action) throws Exception {
    return acting.as(login, () -> bulk.executionOf(action));
  }
}
