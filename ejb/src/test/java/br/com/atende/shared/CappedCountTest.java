package br.com.atende.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CappedCountTest {

  @Test
  void aCountUpToTheCapIsExact() {
    CappedCount count = CappedCount.of(1000);
    assertEquals(1000, count.value());
    assertFalse(count.capped());
    assertEquals("1000", count.label());
  }

  @Test
  void aCountPastTheCapSaysThereAreMore() {
    CappedCount count = CappedCount.of(1001);
    assertEquals(1000, count.value());
    assertTrue(count.capped());
    assertEquals("1000+", count.label());
  }

  @Test
  void aLowerCapSaysSoInItsLabel() {
    assertEquals("99+", CappedCount.of(100, 99).label());
    assertEquals("12", CappedCount.of(12, 99).label());
  }
}
