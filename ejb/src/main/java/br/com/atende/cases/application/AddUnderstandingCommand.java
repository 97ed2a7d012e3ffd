package br.com.atende.cases.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An understanding to add to one case or to many selected cases at once.
 *
 * @param caseIds the cases, at most {@link UnderstandingService#MAX_CASES} (a queue page's worth)
 */
public record AddUnderstandingCommand(
    @NotEmpty(message = "{error.selectCases}")
        @Size(max = UnderstandingService.MAX_CASES, message = "{error.tooManyCases}")
        List<Long> caseIds,
    @NotBlank(message = "{error.required}") @Size(max = 4000, message = "{error.tooLong}")
        String text) {}
