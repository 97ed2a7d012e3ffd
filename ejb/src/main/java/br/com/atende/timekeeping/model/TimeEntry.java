package br.com.atende.timekeeping.model;

import br.com.atende.organization.model.Agent;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A block of work an agent did on a case (apontamento, SPEC C9): when, under which service type and
 * nature, with how much travel, and what it is worth. The case is held by id: an entry is read in
 * lists and sums, never to walk to its case. Only its author or the author's supervisor changes or
 * deletes it.
 */
@Entity
@Table(name = "time_entry")
public class TimeEntry {

  private static final DateTimeFormatter AUDITED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "time_entry_seq")
  @SequenceGenerator(name = "time_entry_seq", sequenceName = "time_entry_seq", allocationSize = 50)
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private Long caseId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "agent_id", updatable = false)
  private Agent agent;

  @Column(name = "start_at", nullable = false)
  private LocalDateTime startAt;

  @Column(name = "end_at", nullable = false)
  private LocalDateTime endAt;

  @Column(nullable = false)
  private int minutes;

  @Enumerated(EnumType.STRING)
  @Column(name = "service_type", length = 10)
  private ServiceType serviceType;

  @Column(name = "contract_id")
  private Long contractId;

  @Column(name = "standalone_service_id")
  private Long standaloneServiceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Nature nature;

  /** Trips or kilometres, as the rate's travel basis says; null without travel. */
  @Column(precision = 10, scale = 2)
  private BigDecimal travel;

  @Enumerated(EnumType.STRING)
  @Column(name = "valuation", length = 10)
  private ValuationKind valuation;

  @Column(name = "entry_value", precision = 14, scale = 2)
  private BigDecimal value;

  @Column(name = "loss_value", precision = 14, scale = 2)
  private BigDecimal loss;

  @Column(name = "manual_reason", length = 500)
  private String manualReason;

  @Column(nullable = false, length = 4000)
  private String description;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected TimeEntry() {}

  public TimeEntry(long caseId, Agent agent, LocalDateTime now) {
    this.caseId = caseId;
    this.agent = Objects.requireNonNull(agent);
    this.createdAt = Objects.requireNonNull(now);
  }

  /** Sets what the agent typed; the charge (service, valuation) is set by {@link #chargedAs}. */
  public TimeEntry worked(WorkPeriod period, Nature nature, BigDecimal travel, String description) {
    this.startAt = period.start();
    this.endAt = period.end();
    this.minutes = Math.toIntExact(period.minutes());
    this.nature = Objects.requireNonNull(nature);
    if (travel != null && travel.signum() < 0) {
      throw new InvalidInputException("travel", "error.time.money");
    }
    boolean travelled = travel != null && travel.signum() > 0;
    if (travelled && nature != Nature.EXTERNAL) {
      throw new InvalidInputException("travel", "error.time.travelOnlyExternal");
    }
    this.travel = travelled ? travel : null;
    if (description == null || description.isBlank()) {
      throw new InvalidInputException("description", "error.required");
    }
    this.description = description.strip();
    return this;
  }

  /** The charge of a valued entry: under what, how valued, and the value found. */
  public TimeEntry chargedAs(
      ServiceType type,
      Long contractId,
      Long serviceId,
      ValuationKind valuation,
      EntryValue value,
      String manualReason) {
    this.serviceType = type;
    this.contractId = type == ServiceType.CONTRACT ? contractId : null;
    this.standaloneServiceId = type == ServiceType.STANDALONE ? serviceId : null;
    this.valuation = valuation;
    this.value = value.value();
    this.loss = value.loss();
    this.manualReason =
        valuation == ValuationKind.MANUAL && manualReason != null ? manualReason.strip() : null;
    return this;
  }

  /** An entry of a desk that does not value entries. */
  public TimeEntry unvalued() {
    return chargedAs(null, null, null, null, EntryValue.NONE, null);
  }

  /** Refuses an agent who is neither the author nor the author's supervisor. */
  public void requireChangeableBy(Agent by) {
    if (!agent.isSameAs(by) && !by.supervises(agent)) {
      throw new BusinessException("error.time.notAuthor");
    }
  }

  public WorkPeriod period() {
    return new WorkPeriod(startAt, endAt);
  }

  /** How the audit trail shows the entry: when, who, how long, and the value. */
  public String audited() {
    return AUDITED.format(startAt)
        + " - "
        + AUDITED.format(endAt)
        + " "
        + agent.getName()
        + " ("
        + minutes
        + " min"
        + (value == null ? "" : ", " + value.toPlainString())
        + ")";
  }

  public Long getId() {
    return id;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Agent getAgent() {
    return agent;
  }

  public LocalDateTime getStartAt() {
    return startAt;
  }

  public LocalDateTime getEndAt() {
    return endAt;
  }

  public int getMinutes() {
    return minutes;
  }

  public ServiceType getServiceType() {
    return serviceType;
  }

  public Long getContractId() {
    return contractId;
  }

  public Long getStandaloneServiceId() {
    return standaloneServiceId;
  }

  public Nature getNature() {
    return nature;
  }

  public BigDecimal getTravel() {
    return travel;
  }

  public ValuationKind getValuation() {
    return valuation;
  }

  public BigDecimal getValue() {
    return value;
  }

  public BigDecimal getLoss() {
    return loss;
  }

  public String getManualReason() {
    return manualReason;
  }

  public String getDescription() {
    return description;
  }

  public long getVersion() {
    return version;
  }
}
