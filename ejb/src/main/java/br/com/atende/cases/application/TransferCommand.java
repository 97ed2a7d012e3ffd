package br.com.atende.cases.application;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Transfer one or many cases to a department and, optionally, one of its agents (SPEC C5): all or
 * none.
 */
public record TransferCommand(
    @NotEmpty(message = "{error.selectCases}") @Size(max = 200, message = "{error.tooManyCases}")
        List<Long> caseIds,
    @NotNull(message = "{error.required}") Long targetDepartmentId,
    Long targetAgentId,
    @Size(max = 4000, message = "{error.tooLong}") String reason) {

  public TransferCommand {
    caseIds = caseIds == null ? List.of() : List.copyOf(caseIds);
  }
}
