package br.com.atende.timekeeping.report;

import br.com.atende.timekeeping.model.TravelBasis;
import br.com.atende.timekeeping.model.ValuationKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;

/**
 * One time entry as the report counts it: the client, what it was charged under, its minutes,
 * value, loss and travel. An entry of a desk without valuation counts its minutes at 0.00.
 *
 * @param chargeKey {@code C<contract id>}, {@code S<service id>} or {@code N} (no charge)
 * @param travelValue the travel at its rate (rounded half-even to the cent, as the entry's value
 *     was); zero for a manual value, which replaces the rates
 */
public record ConsumptionItem(
    long entryId,
    LocalDateTime startAt,
    long partyId,
    String chargeKey,
    Long contractId,
    Long serviceId,
    int minutes,
    BigDecimal value,
    BigDecimal loss,
    TravelBasis travelBasis,
    BigDecimal travel,
    BigDecimal travelValue)
    implements Serializable {

  static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  /**
   * The item of an entry as stored: its charge ids, valuation, value, loss and travel, and the
   * travel rate of its contract or service.
   */
  public static ConsumptionItem of(
      long entryId,
      LocalDateTime startAt,
      long partyId,
      Long contractId,
      Long serviceId,
      int minutes,
      ValuationKind valuation,
      BigDecimal value,
      BigDecimal loss,
      BigDecimal travel,
      TravelBasis travelBasis,
      BigDecimal travelRate) {
    String key = contractId != null ? "C" + contractId : serviceId != null ? "S" + serviceId : "N";
    BigDecimal travelled = travel == null ? ZERO : travel.setScale(2, RoundingMode.UNNECESSARY);
    BigDecimal travelValue =
        travelRate == null || valuation == null || valuation == ValuationKind.MANUAL
            ? ZERO
            : travelled.multiply(travelRate).setScale(2, RoundingMode.HALF_EVEN);
    return new ConsumptionItem(
        entryId,
        startAt,
        partyId,
        key,
        contractId,
        contractId == null ? serviceId : null,
        minutes,
        cents(value),
        cents(loss),
        travelled.signum() == 0 ? null : travelBasis,
        travelled,
        travelValue);
  }

  private static BigDecimal cents(BigDecimal amount) {
    return amount == null ? ZERO : amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  public EntryPosition position() {
    return new EntryPosition(startAt, entryId);
  }
}
