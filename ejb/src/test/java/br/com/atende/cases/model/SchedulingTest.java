package br.com.atende.cases.model;

import static br.com.atende.cases.model.PartsFixture.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import br.com.atende.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** When a case is due and when it is scheduled (SPEC C1, C3). */
class SchedulingTest {

  private final PartsFixture f = new PartsFixture();

  @Test
  void aSchedulingNeedsAFutureDateAgreedWithTheClientAndIsCounted() {
    Scheduling scheduling = Scheduling.dueOn(null);

    assertEquals(
        "scheduledFor",
        assertThrows(InvalidInputException.class, () -> scheduling.schedule(null, NOW)).field());
    assertEquals(
        "error.future",
        assertThrows(InvalidInputException.class, () -> scheduling.schedule(NOW, NOW))
            .messageKey());
    scheduling.schedule(NOW.plusDays(1), NOW);
    scheduling.schedule(NOW.plusDays(2), NOW);

    assertEquals(2, scheduling.getSchedulingCount());
    assertEquals(NOW.plusDays(2), scheduling.getScheduledFor());
  }

  @Test
  void aDueDateIsPastOnlyOnceItHasGoneBy() {
    assertFalse(Scheduling.dueOn(null).isDueBefore(NOW));
    assertFalse(Scheduling.dueOn(NOW.plusMinutes(1)).isDueBefore(NOW));
    assertTrue(Scheduling.dueOn(NOW.minusMinutes(1)).isDueBefore(NOW));
  }

  @Test
  void anEditedDueDateIsAuditedToTheMinute() {
    Scheduling scheduling = Scheduling.dueOn(NOW.withSecond(10));
    AuditTrail audit = new AuditTrail(f.newCase(f.ana), f.ana, NOW);

    scheduling.editDueDate(NOW.withSecond(40), audit);
    assertTrue(audit.isEmpty(), "the same minute is no change");
    scheduling.editDueDate(NOW.plusDays(1), audit);

    assertEquals("2026-12-01 09:00", audit.rows().get(0).getOldValue());
    assertEquals("2026-12-02 09:00", audit.rows().get(0).getNewValue());
  }
}
