package br.com.atende.cases.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * "Generate a case from another" (SPEC C5): a new case for the same client, in the source's
 * department, copying the chosen parts; the two cases are then related.
 *
 * @param request the new case's request when {@link GeneratedPart#REQUEST} is not copied
 */
public record GenerateCaseCommand(
    long sourceCaseId,
    @NotBlank(message = "{error.required}") @Size(max = 200, message = "{error.tooLong}")
        String subject,
    @Size(max = 20000, message = "{error.tooLong}") String request,
    @NotNull Set<GeneratedPart> copied) {}
