package br.com.atende.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import br.com.atende.shared.CappedCount;

/**
 * Assertions on counts that stop at {@link CappedCount#CAP}: the test database holds thousands of
 * cases by the time some tests run, so a count is exact only below the cap.
 */
public final class CappedCounts {

  private CappedCounts() {}

  /** The count moved by {@code delta} rows, as far as a count capped at 1000 can tell. */
  public static void assertMoved(CappedCount before, int delta, CappedCount after) {
    if (before.capped()) {
      // At least CAP + 1 rows before; one more or one less still reaches the cap.
      assertEquals(CappedCount.CAP, after.value(), "a count past the cap stays at the cap");
      return;
    }
    long expected = before.value() + delta;
    assertEquals(CappedCount.of(expected), after);
  }
}
