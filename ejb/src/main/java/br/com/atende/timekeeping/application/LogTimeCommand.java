package br.com.atende.timekeeping.application;

import br.com.atende.timekeeping.model.Nature;
import br.com.atende.timekeeping.model.ServiceType;
import br.com.atende.timekeeping.model.ValuationKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A time entry as the agent types it on a case (seed 000): new when {@code entryId} is null, else a
 * change of the entry in the version the agent saw.
 *
 * @param end before {@code start}: the work ended the next day
 * @param travel trips or kilometres (as the rate's travel basis says), only for EXTERNAL work
 * @param serviceType, contractId, serviceId, valuation, manualValue, manualReason: the charge, for
 *     a desk that values entries (ignored otherwise)
 * @param sendAsReply also email the description to the client, through the outbox
 */
public record LogTimeCommand(
    long caseId,
    Long entryId,
    long expectedVersion,
    @NotNull(message = "{error.required}") LocalDate day,
    @NotNull(message = "{error.required}") LocalTime start,
    @NotNull(message = "{error.required}") LocalTime end,
    @NotNull(message = "{error.required}") Nature nature,
    BigDecimal travel,
    ServiceType serviceType,
    Long contractId,
    Long serviceId,
    ValuationKind valuation,
    BigDecimal manualValue,
    @Size(max = 500, message = "{error.tooLong}") String manualReason,
    @NotNull(message = "{error.required}") @Size(max = 4000, message = "{error.tooLong}")
        String description,
    boolean sendAsReply) {}
