package br.com.atende.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CaseStatusTest {

  @Test
  void concludedAndCancelledCasesAreNoLongerOpen() {
    assertFalse(CaseStatus.NOTIFIED.isOpen());
    assertFalse(CaseStatus.CONFIRMED.isOpen());
    assertFalse(CaseStatus.CANCELLED.isOpen());
  }

  @Test
  void everyOtherStateIsOpenIncludingSolvedBeforeTheClientIsTold() {
    assertEquals(
        EnumSet.of(
            CaseStatus.NEW,
            CaseStatus.IN_PROGRESS,
            CaseStatus.SCHEDULED,
            CaseStatus.WAITING_THIRD_PARTY,
            CaseStatus.PAUSED,
            CaseStatus.PENDING,
            CaseStatus.SOLVED),
        CaseStatus.openStates());
    assertTrue(CaseStatus.SOLVED.isOpen());
  }
}
