package br.com.atende.timekeeping.report;

import br.com.atende.timekeeping.model.TravelBasis;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A line of the report as shown: the client, the charge (a contract's or service's name, null for
 * entries without one) and the month's sums.
 */
public record ConsumptionRow(
    long id,
    String partyName,
    ChargeKind chargeKind,
    String chargeName,
    int entries,
    long minutes,
    BigDecimal value,
    BigDecimal loss,
    TravelBasis travelBasis,
    BigDecimal travel,
    BigDecimal travelValue)
    implements Serializable {

  /** For JPQL's constructor expression: the charge's kind comes from which name was found. */
  public ConsumptionRow(
      Long id,
      String partyName,
      String contractName,
      String serviceName,
      Integer entries,
      Long minutes,
      BigDecimal value,
      BigDecimal loss,
      TravelBasis travelBasis,
      BigDecimal travel,
      BigDecimal travelValue) {
    this(
        id.longValue(),
        partyName,
        contractName != null
            ? ChargeKind.CONTRACT
            : serviceName != null ? ChargeKind.STANDALONE : ChargeKind.NONE,
        contractName != null ? contractName : serviceName,
        entries.intValue(),
        minutes.longValue(),
        value,
        loss,
        travelBasis,
        travel,
        travelValue);
  }

  /** Hours worked as h:mm. */
  public String hours() {
    return minutes / 60 + ":" + String.format("%02d", minutes % 60);
  }
}
