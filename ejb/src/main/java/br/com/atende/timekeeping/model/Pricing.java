package br.com.atende.timekeeping.model;

import br.com.atende.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The rates of a contract or a standalone service, in BRL: the work's rate (per hour or per call)
 * and, optionally, a travel rate (per trip or per km). Stored with two decimals.
 */
@Embeddable
public class Pricing {

  @Enumerated(EnumType.STRING)
  @Column(name = "rate_basis", nullable = false, length = 10)
  private RateBasis rateBasis;

  @Column(nullable = false, precision = 12, scale = 2)
  private BigDecimal rate;

  @Enumerated(EnumType.STRING)
  @Column(name = "travel_basis", length = 10)
  private TravelBasis travelBasis;

  @Column(name = "travel_rate", precision = 12, scale = 2)
  private BigDecimal travelRate;

  protected Pricing() {}

  public Pricing(
      RateBasis rateBasis, BigDecimal rate, TravelBasis travelBasis, BigDecimal travelRate) {
    this.rateBasis = Objects.requireNonNull(rateBasis);
    this.rate = money("rate", rate);
    if ((travelBasis == null) != (travelRate == null)) {
      throw new InvalidInputException("travelRate", "error.required");
    }
    this.travelBasis = travelBasis;
    this.travelRate = travelRate == null ? null : money("travelRate", travelRate);
  }

  /** A rate of the work without travel. */
  public static Pricing of(RateBasis basis, String rate) {
    return new Pricing(basis, new BigDecimal(rate), null, null);
  }

  public Pricing withTravel(TravelBasis basis, String rate) {
    return new Pricing(rateBasis, this.rate, basis, new BigDecimal(rate));
  }

  private static BigDecimal money(String field, BigDecimal value) {
    if (value == null) {
      throw new InvalidInputException(field, "error.required");
    }
    if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
      throw new InvalidInputException(field, "error.time.money");
    }
    return value.setScale(2, RoundingMode.UNNECESSARY);
  }

  public RateBasis getRateBasis() {
    return rateBasis;
  }

  public BigDecimal getRate() {
    return rate;
  }

  public TravelBasis getTravelBasis() {
    return travelBasis;
  }

  public BigDecimal getTravelRate() {
    return travelRate;
  }

  public boolean chargesTravel() {
    return travelBasis != null;
  }
}
