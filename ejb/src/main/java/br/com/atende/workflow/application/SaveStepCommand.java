package br.com.atende.workflow.application;

import br.com.atende.workflow.model.StandardField;
import br.com.atende.workflow.model.StepTarget;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * A workflow step as an admin saves it: a new one when {@code stepId} is null, else the version the
 * admin saw of an existing one.
 */
public record SaveStepCommand(
    Long stepId,
    long expectedVersion,
    @NotNull(message = "{error.required}") Long caseTypeId,
    int order,
    @NotBlank(message = "{error.required}") @Size(max = 120, message = "{error.tooLong}")
        String name,
    @NotNull(message = "{error.required}") StepTarget target,
    Long targetGroupId,
    Long targetAgentId,
    @NotNull Set<StandardField> requiredFields,
    @NotNull List<String> extraRecipients,
    boolean active) {}
