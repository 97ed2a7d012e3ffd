package br.com.atende.timekeeping.report;

import br.com.atende.timekeeping.model.TravelBasis;
import java.math.BigDecimal;

/**
 * What some entries of one client under one charge add up to: the unit the report's lines are made
 * of, and that a chunk adds to them. Exact: every amount has two decimals and is only added.
 */
public record LineSums(
    long partyId,
    String chargeKey,
    Long contractId,
    Long serviceId,
    int entries,
    long minutes,
    BigDecimal value,
    BigDecimal loss,
    TravelBasis travelBasis,
    BigDecimal travel,
    BigDecimal travelValue) {

  static LineSums of(ConsumptionItem item) {
    return new LineSums(
        item.partyId(),
        item.chargeKey(),
        item.contractId(),
        item.serviceId(),
        1,
        item.minutes(),
        item.value(),
        item.loss(),
        item.travelBasis(),
        item.travel(),
        item.travelValue());
  }

  /** These sums and {@code other}'s, of the same client and charge. */
  LineSums plus(LineSums other) {
    if (partyId != other.partyId || !chargeKey.equals(other.chargeKey)) {
      throw new IllegalArgumentException("sums of another line");
    }
    return new LineSums(
        partyId,
        chargeKey,
        contractId,
        serviceId,
        entries + other.entries,
        minutes + other.minutes,
        value.add(other.value),
        loss.add(other.loss),
        travelBasis != null ? travelBasis : other.travelBasis,
        travel.add(other.travel),
        travelValue.add(other.travelValue));
  }
}
