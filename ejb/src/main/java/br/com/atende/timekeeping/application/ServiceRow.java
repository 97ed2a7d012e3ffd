package br.com.atende.timekeeping.application;

import br.com.atende.timekeeping.model.RateBasis;
import br.com.atende.timekeeping.model.TravelBasis;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A standalone service as the administration lists and edits it; also the command that saves one
 * (id null: new; partyId null: for every party).
 */
public record ServiceRow(
    Long id,
    long version,
    Long partyId,
    String partyName,
    String name,
    RateBasis rateBasis,
    BigDecimal rate,
    TravelBasis travelBasis,
    BigDecimal travelRate,
    boolean active)
    implements Serializable {}
