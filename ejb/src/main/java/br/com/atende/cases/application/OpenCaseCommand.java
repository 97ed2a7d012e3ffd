package br.com.atende.cases.application;

import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * What an agent fills in to open a case. The company, the opener and the opening time are not here:
 * the server takes them from the logged-in agent and its own clock.
 *
 * @param assignToMe the opener takes the case at once (IN_PROGRESS) instead of leaving it NEW in
 *     the queue
 */
public record OpenCaseCommand(
    @NotNull(message = "{error.required}") Long partyId,
    Long contactId,
    @NotBlank(message = "{error.required}") @Size(max = 200, message = "{error.tooLong}")
        String subject,
    @NotBlank(message = "{error.required}") @Size(max = 20000, message = "{error.tooLong}")
        String request,
    @NotNull(message = "{error.required}") Priority priority,
    @Future(message = "{error.future}") LocalDateTime dueDate,
    boolean assignToMe,
    @NotBlank(message = "{error.required}") String channel,
    @NotNull(message = "{error.required}") ContactOrigin origin) {}
