package br.com.atende.timekeeping.application;

import br.com.atende.timekeeping.model.RateBasis;
import br.com.atende.timekeeping.model.TravelBasis;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A contract as the administration lists and edits it; also the command that saves one (id null:
 * new).
 */
public record ContractRow(
    Long id,
    long version,
    Long partyId,
    String partyName,
    String name,
    RateBasis rateBasis,
    BigDecimal rate,
    TravelBasis travelBasis,
    BigDecimal travelRate,
    LocalDate validFrom,
    LocalDate validUntil)
    implements Serializable {}
