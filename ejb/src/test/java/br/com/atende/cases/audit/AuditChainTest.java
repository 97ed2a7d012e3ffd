package br.com.atende.cases.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 2, 9, 30, 15, 123_456_000);

  private static AuditRow row(String oldValue, String newValue) {
    return new AuditRow(7, 42, "status", oldValue, newValue, 3L, AT, 1, null);
  }

  @Test
  void aRowsHashIsSha256HexAndTheSameForTheSameRowAndPreviousHash() {
    String hash = AuditChain.link(AuditChain.GENESIS, row("OPEN", "CLOSED"));
    assertEquals(64, hash.length());
    assertTrue(hash.matches("[0-9a-f]{64}"));
    assertEquals(hash, AuditChain.link(AuditChain.GENESIS, row("OPEN", "CLOSED")));
  }

  @Test
  void everyValueOfTheRowAndThePreviousHashChangeTheHash() {
    AuditRow base = row("OPEN", "CLOSED");
    List<AuditRow> variants =
        List.of(
            base,
            new AuditRow(8, 42, "status", "OPEN", "CLOSED", 3L, AT, 1, null),
            new AuditRow(7, 43, "status", "OPEN", "CLOSED", 3L, AT, 1, null),
            new AuditRow(7, 42, "holder", "OPEN", "CLOSED", 3L, AT, 1, null),
            row("OPEN", "CLOSEd"),
            row("OPEN ", "CLOSED"),
            new AuditRow(7, 42, "status", "OPEN", "CLOSED", null, AT, 1, null),
            new AuditRow(7, 42, "status", "OPEN", "CLOSED", 3L, AT.plusNanos(1000), 1, null),
            new AuditRow(7, 42, "status", "OPEN", "CLOSED", 3L, AT, 2, null));
    Set<String> hashes = new HashSet<>();
    variants.forEach(variant -> hashes.add(AuditChain.link(AuditChain.GENESIS, variant)));
    assertEquals(variants.size(), hashes.size());
    assertNotEquals(
        AuditChain.link(AuditChain.GENESIS, base), AuditChain.link("1".repeat(64), base));
  }

  @Test
  void valuesAreWrittenWithTheirLengthSoNoTwoSplitsOfTheSameTextCollide() {
    assertNotEquals(
        AuditChain.link(AuditChain.GENESIS, row("a|b", "c")),
        AuditChain.link(AuditChain.GENESIS, row("a", "b|c")));
    assertNotEquals(
        AuditChain.link(AuditChain.GENESIS, row(null, "x")),
        AuditChain.link(AuditChain.GENESIS, row("", "x")));
    assertNotEquals(
        AuditChain.link(AuditChain.GENESIS, row("-", "x")),
        AuditChain.link(AuditChain.GENESIS, row(null, "x")));
  }
}
