package br.com.atende.timekeeping.report;

import br.com.atende.timekeeping.model.TravelBasis;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A line of a consumption report: one client under one charge, summed over the month. */
@Entity
@Table(name = "consumption_line")
public class ConsumptionLine {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consumption_line_seq")
  @SequenceGenerator(
      name = "consumption_line_seq",
      sequenceName = "consumption_line_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "report_id", nullable = false, updatable = false)
  private Long reportId;

  @Column(name = "party_id", nullable = false, updatable = false)
  private Long partyId;

  @Column(name = "charge_key", nullable = false, updatable = false, length = 30)
  private String chargeKey;

  @Column(name = "contract_id", updatable = false)
  private Long contractId;

  @Column(name = "standalone_service_id", updatable = false)
  private Long serviceId;

  @Column(nullable = false)
  private int entries;

  @Column(nullable = false)
  private long minutes;

  @Column(name = "entry_value", nullable = false, precision = 16, scale = 2)
  private BigDecimal value;

  @Column(name = "loss_value", nullable = false, precision = 16, scale = 2)
  private BigDecimal loss;

  @Enumerated(EnumType.STRING)
  @Column(name = "travel_basis", length = 10)
  private TravelBasis travelBasis;

  @Column(nullable = false, precision = 14, scale = 2)
  private BigDecimal travel;

  @Column(name = "travel_value", nullable = false, precision = 16, scale = 2)
  private BigDecimal travelValue;

  @Version private long version;

  protected ConsumptionLine() {}

  public ConsumptionLine(long reportId, LineSums sums) {
    this.reportId = reportId;
    this.partyId = sums.partyId();
    this.chargeKey = sums.chargeKey();
    this.contractId = sums.contractId();
    this.serviceId = sums.serviceId();
    this.entries = sums.entries();
    this.minutes = sums.minutes();
    this.value = sums.value();
    this.loss = sums.loss();
    this.travelBasis = sums.travelBasis();
    this.travel = sums.travel();
    this.travelValue = sums.travelValue();
  }

  /** Adds a chunk's sums of the same client and charge. */
  public void add(LineSums sums) {
    this.entries += sums.entries();
    this.minutes += sums.minutes();
    this.value = value.add(sums.value());
    this.loss = loss.add(sums.loss());
    if (travelBasis == null) {
      travelBasis = sums.travelBasis();
    }
    this.travel = travel.add(sums.travel());
    this.travelValue = travelValue.add(sums.travelValue());
  }

  public Long getPartyId() {
    return partyId;
  }

  public String getChargeKey() {
    return chargeKey;
  }
}
