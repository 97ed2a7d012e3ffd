package br.com.atende.cases.application;

import br.com.atende.cases.model.Priority;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * The editable fields of a case as the agent saves them, with the version the agent was looking at.
 * A due date changed by hand comes with a note saying why ({@code dueDateNote}), kept as an
 * internal note of the discussion.
 */
public record EditCaseCommand(
    long caseId,
    long expectedVersion,
    @NotBlank(message = "{error.required}") @Size(max = 200, message = "{error.tooLong}")
        String subject,
    @NotBlank(message = "{error.required}") @Size(max = 20000, message = "{error.tooLong}")
        String request,
    @NotNull(message = "{error.required}") Priority priority,
    LocalDateTime dueDate,
    @NotNull(message = "{error.required}") Long caseTypeId,
    Long classificationId,
    Long categoryId,
    Long productId,
    Long moduleId,
    @Size(max = 4000, message = "{error.tooLong}") String dueDateNote) {

  /** An edit that leaves the due date as it is (a changed one needs {@code dueDateNote}). */
  public EditCaseCommand(
      long caseId,
      long expectedVersion,
      String subject,
      String request,
      Priority priority,
      LocalDateTime dueDate,
      Long caseTypeId,
      Long classificationId,
      Long categoryId,
      Long productId,
      Long moduleId) {
    this(
        caseId,
        expectedVersion,
        subject,
        request,
        priority,
        dueDate,
        caseTypeId,
        classificationId,
        categoryId,
        productId,
        moduleId,
        null);
  }
}
