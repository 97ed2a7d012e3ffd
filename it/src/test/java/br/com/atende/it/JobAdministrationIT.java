package br.com.atende.it;

import static br.com.atende.it.support.BatchJobs.awaitEnd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.administration.application.JobAdministration;
import br.com.atende.administration.application.JobExecutionRow;
import br.com.atende.importing.ImportProgress;
import br.com.atende.importing.ImportState;
import br.com.atende.importing.PartyImportService;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.ImportRows;
import br.com.atende.it.support.TaxIds;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.PageRequest;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The jobs page's service (issue 14): a failed import is listed, newest first, with its state and
 * the administrator who started it, and restarted from it goes on from its checkpoint, adding every
 * row once; a completed execution is not restarted; an agent may not list the jobs.
 */
@ExtendWith(ArquillianExtension.class)
class JobAdministrationIT {

  @Inject ActingAgent acting;

  @Inject JobAdministration jobs;

  @Inject PartyImportService imports;

  @Inject ImportRows rows;

  @Test
  void aFailedImportIsListedAndRestartedFromItsCheckpointAddingEveryRowOnce() throws Exception {
    String[] cpf = TaxIds.cpfs(30);
    StringBuilder file = new StringBuilder("kind,name,tax_id\n");
    for (int i = 0; i < cpf.length; i++) {
      file.append("PERSON,Pessoa ").append(i).append(',').append(cpf[i]).append('\n');
    }
    byte[] content = file.toString().getBytes(StandardCharsets.UTF_8);
    long importId = acting.as("admin", () -> imports.start("tarefas.csv", content, 10, 15));
    long failed = awaitExecution(importId);
    assertEquals(BatchStatus.FAILED, awaitEnd(failed));

    JobExecutionRow listed = newest(failed);
    assertEquals("party-import", listed.jobName());
    assertEquals("FAILED", listed.state());
    assertEquals("admin", listed.startedBy());
    assertTrue(listed.restartable());
    assertTrue(listed.startedAt() != null && listed.endedAt() != null);
    assertEquals(10, rows.partyCount(Arrays.asList(cpf)), "one chunk of ten was written");

    long restarted = acting.as("admin", () -> jobs.restart(failed));

    assertNotEquals(failed, restarted);
    assertEquals(BatchStatus.COMPLETED, awaitEnd(restarted));
    ImportProgress done = acting.as("admin", () -> imports.progress(importId));
    assertEquals(ImportState.COMPLETED, done.state());
    assertEquals(30, done.rowsRead());
    assertEquals(30, done.partiesAdded());
    assertEquals(30, rows.partyCount(Arrays.asList(cpf)));
    JobExecutionRow again = newest(restarted);
    assertEquals("COMPLETED", again.state());
    assertEquals("admin", again.startedBy());

    BusinessException refused =
        assertThrows(
            BusinessException.class, () -> acting.as("admin", () -> jobs.restart(restarted)));
    assertEquals("execution", refused.field());
    assertEquals("error.jobs.notRestartable", refused.messageKey());
  }

  @Test
  void anAgentMayNotListOrRestartJobs() {
    assertThrows(
        EJBAccessException.class, () -> acting.as("carla", () -> jobs.list(PageRequest.of(0, 20))));
    assertThrows(EJBAccessException.class, () -> acting.as("carla", () -> jobs.restart(1L)));
  }

  /** The execution among the newest twenty, where a just-ended one is (tests run one at a time). */
  private JobExecutionRow newest(long execution) throws Exception {
    List<JobExecutionRow> page = acting.as("admin", () -> jobs.list(PageRequest.of(0, 20)));
    List<Long> ids = page.stream().map(JobExecutionRow::executionId).toList();
    assertEquals(ids.stream().sorted((a, b) -> Long.compare(b, a)).toList(), ids, "newest first");
    return page.stream()
        .filter(row -> row.executionId() == execution)
        .findFirst()
        .orElseThrow(() -> new AssertionError("execution " + execution + " not listed: " + ids));
  }

  /** The import's execution id, which the service records right after starting the job. */
  private long awaitExecution(long importId) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      try {
        return rows.executionOf(importId);
      } catch (RuntimeException notYet) {
        Thread.sleep(50);
      }
    }
    return rows.executionOf(importId);
  }
}
