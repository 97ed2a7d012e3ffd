package br.com.atende.cases.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CaseNumberTest {

  @Test
  void isTheYearAndASixDigitCounter() {
    assertEquals("2026-000123", new CaseNumber(2026, 123).toString());
  }

  @Test
  void keepsCountersBeyondSixDigitsWhole() {
    assertEquals("2026-1234567", new CaseNumber(2026, 1_234_567).toString());
  }

  @Test
  void refusesANonPositiveCounter() {
    assertThrows(IllegalArgumentException.class, () -> new CaseNumber(2026, 0));
  }

  @Test
  void refusesAnImplausibleYear() {
    assertThrows(IllegalArgumentException.class, () -> new CaseNumber(26, 1));
  }
}
