package br.com.atende.timekeeping.report;

import java.io.Serializable;
import java.math.BigDecimal;

/** A report's sums over all its lines. */
public record ConsumptionTotals(
    long entries,
    long minutes,
    BigDecimal value,
    BigDecimal loss,
    BigDecimal travel,
    BigDecimal travelValue)
    implements Serializable {

  /** From a row of SUMs (nulls when the report has no line). */
  static ConsumptionTotals of(Object[] sums) {
    return new ConsumptionTotals(
        sums[0] == null ? 0 : ((Number) sums[0]).longValue(),
        sums[1] == null ? 0 : ((Number) sums[1]).longValue(),
        money(sums[2]),
        money(sums[3]),
        money(sums[4]),
        money(sums[5]));
  }

  private static BigDecimal money(Object sum) {
    return sum == null ? ConsumptionItem.ZERO : (BigDecimal) sum;
  }

  public String hours() {
    return minutes / 60 + ":" + String.format("%02d", minutes % 60);
  }
}
