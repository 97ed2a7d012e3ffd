package br.com.atende.timekeeping.application;

import br.com.atende.timekeeping.model.Nature;
import br.com.atende.timekeeping.model.ServiceType;
import br.com.atende.timekeeping.model.ValuationKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One entry of the case's time panel, with what the form needs to edit it.
 *
 * @param chargedUnder the name of the contract or standalone service, if any
 * @param mayChange whether the viewer is its author or the author's supervisor
 */
public record TimeEntryRow(
    long id,
    long version,
    String agent,
    LocalDateTime start,
    LocalDateTime end,
    int minutes,
    ServiceType serviceType,
    Long contractId,
    Long serviceId,
    String chargedUnder,
    Nature nature,
    BigDecimal travel,
    ValuationKind valuation,
    BigDecimal value,
    BigDecimal loss,
    String manualReason,
    String description,
    boolean mayChange)
    implements Serializable {}
