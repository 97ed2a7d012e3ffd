package br.com.atende.queue.bulk;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A bulk action to start on the given cases: an understanding with its text, or a transfer to a
 * department (and, optionally, one of its agents) with a reason.
 *
 * @param caseIds the cases, at most {@link BulkActionService#MAX_CASES}
 */
public record StartBulkActionCommand(
    @NotNull(message = "{error.required}") BulkActionKind kind,
    @NotEmpty(message = "{error.selectCases}")
        @Size(max = BulkActionService.MAX_CASES, message = "{error.bulk.tooManyCases}")
        List<Long> caseIds,
    @Size(max = 4000, message = "{error.tooLong}") String text,
    Long targetDepartmentId,
    Long targetAgentId,
    @Size(max = 4000, message = "{error.tooLong}") String reason) {

  public StartBulkActionCommand {
    caseIds = caseIds == null ? List.of() : List.copyOf(caseIds);
  }

  public static StartBulkActionCommand understanding(List<Long> caseIds, String text) {
    return new StartBulkActionCommand(
        BulkActionKind.UNDERSTANDING, caseIds, text, null, null, null);
  }

  public static StartBulkActionCommand transfer(
      List<Long> caseIds, Long targetDepartmentId, Long targetAgentId, String reason) {
    return new StartBulkActionCommand(
        BulkActionKind.TRANSFER, caseIds, null, targetDepartmentId, targetAgentId, reason);
  }

  /** An understanding needs its text. */
  @AssertTrue(message = "{error.required}")
  public boolean isText() {
    return kind != BulkActionKind.UNDERSTANDING || (text != null && !text.isBlank());
  }

  /** A transfer needs its department. */
  @AssertTrue(message = "{error.required}")
  public boolean isTargetDepartmentId() {
    return kind != BulkActionKind.TRANSFER || targetDepartmentId != null;
  }
}
