package br.com.atende.timekeeping.model;

import br.com.atende.shared.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The value of one time entry in BRL and what it cost the company when given away under warranty
 * (seed 000): rated entries take their contract's or service's rate (per hour over the minutes
 * worked, or per call) plus travel; a warranty entry is worth 0.00 and its would-be value is a
 * loss; a manual entry is worth what the agent typed, with a reason. Exact arithmetic throughout,
 * rounded half-even to the cent once, at the end of the entry, so that a month's sum of entries is
 * the sum of what each entry showed.
 */
public record EntryValue(BigDecimal value, BigDecimal loss) {

  private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

  public static final EntryValue NONE = new EntryValue(null, null);

  /**
   * Values an entry.
   *
   * @param pricing the contract's or the service's rates (unused for a manual value)
   * @param minutes the minutes worked
   * @param travel trips or kilometres, as the pricing's travel basis says; null or zero for none
   * @param manualValue the value typed for a MANUAL entry
   * @param reason why the value was typed by hand; required for MANUAL
   */
  public static EntryValue of(
      ValuationKind kind,
      Pricing pricing,
      long minutes,
      BigDecimal travel,
      BigDecimal manualValue,
      String reason) {
    Objects.requireNonNull(kind);
    if (kind == ValuationKind.MANUAL) {
      if (manualValue == null) {
        throw new InvalidInputException("manualValue", "error.required");
      }
      if (manualValue.signum() < 0) {
        throw new InvalidInputException("manualValue", "error.time.money");
      }
      if (reason == null || reason.isBlank()) {
        throw new InvalidInputException("manualReason", "error.time.manualReason");
      }
      return new EntryValue(cents(manualValue), cents(BigDecimal.ZERO));
    }
    if (pricing == null) {
      throw new InvalidInputException("serviceType", "error.required");
    }
    BigDecimal rated = cents(worth(pricing, minutes, travel));
    return kind == ValuationKind.WARRANTY
        ? new EntryValue(cents(BigDecimal.ZERO), rated)
        : new EntryValue(rated, cents(BigDecimal.ZERO));
  }

  /** What the entry is worth at the rates, unrounded (exact but for a 1/60 of an hour). */
  private static BigDecimal worth(Pricing pricing, long minutes, BigDecimal travel) {
    BigDecimal work =
        pricing.getRateBasis() == RateBasis.PER_CALL
            ? pricing.getRate()
            // Twelve decimals after the division by 60 keep the half-cent exact when it is one.
            : pricing
                .getRate()
                .multiply(BigDecimal.valueOf(minutes))
                .divide(MINUTES_PER_HOUR, 12, RoundingMode.HALF_EVEN);
    if (travel == null || travel.signum() == 0) {
      return work;
    }
    if (!pricing.chargesTravel()) {
      throw new InvalidInputException("travel", "error.time.noTravelRate");
    }
    return work.add(pricing.getTravelRate().multiply(travel));
  }

  private static BigDecimal cents(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_EVEN);
  }
}
