package br.com.atende.cases.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new contact from a client appended to one of its open cases instead of opening another (SPEC
 * C5, seed 001 §1.2 "acrescentar ao ticket existente").
 *
 * @param partyId the client the agent is talking to: the case must be this client's
 */
public record AppendCommand(
    @NotNull(message = "{error.required}") Long caseId,
    @NotNull(message = "{error.required}") Long partyId,
    @NotBlank(message = "{error.required}") String channel,
    @NotBlank(message = "{error.required}") @Size(max = 20000, message = "{error.tooLong}")
        String request) {}
