package br.com.atende.it;

import static br.com.atende.it.support.BatchJobs.awaitEnd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.cases.application.CaseService;
import br.com.atende.cases.application.OpenedCase;
import br.com.atende.cases.model.Priority;
import br.com.atende.cases.overdue.OverdueSweep;
import br.com.atende.it.support.ActingAgent;
import br.com.atende.it.support.Openings;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The overdue sweep, a Jakarta Batch job, run for real by the server's batch runtime. */
@ExtendWith(ArquillianExtension.class)
class OverdueSweepIT {

  @Inject ActingAgent acting;

  @Inject Openings openings;

  @Inject CaseService cases;

  @Inject OverdueSweep sweep;

  @Test
  void theSweepFlagsOpenCasesDueBeforeItsCutOffAndLeavesTheOthers() throws Exception {
    OpenedCase dueTomorrow = open(LocalDateTime.now().plusDays(1));
    OpenedCase dueInAMonth = open(LocalDateTime.now().plusDays(30));
    OpenedCase withoutDueDate = open(null);

    long execution = acting.as("carla", () -> sweep.start(LocalDateTime.now().plusDays(7)));
    assertEquals(BatchStatus.COMPLETED, awaitEnd(execution));

    assertTrue(acting.as("carla", () -> cases.details(dueTomorrow.id())).overdue());
    assertFalse(acting.as("carla", () -> cases.details(dueInAMonth.id())).overdue());
    assertFalse(acting.as("carla", () -> cases.details(withoutDueDate.id())).overdue());
  }

  @Test
  void onlySupervisorsAndAdministratorsStartTheSweep() {
    org.junit.jupiter.api.Assertions.assertThrows(
        EJBAccessException.class, () -> acting.as("ana", () -> sweep.start(LocalDateTime.now())));
  }

  private OpenedCase open(LocalDateTime dueDate) throws Exception {
    return openings.open(
        "carla", "Maria", "Prazo " + dueDate, "Verificar prazo.", Priority.NORMAL, dueDate, false);
  }
}
