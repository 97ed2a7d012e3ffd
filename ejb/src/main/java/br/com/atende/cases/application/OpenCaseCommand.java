package br.com.atende.cases.application;

import br.com.atende.cases.model.ContactOrigin;
import br.com.atende.cases.model.Priority;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * What an agent fills in to open a case (SPEC C1). The opener and the opening time are not here:
 * the server takes them from the logged-in agent and its own clock.
 *
 * @param companyId the company of the group the case is for; its department receives it
 * @param assignToMe the opener takes the case at once (IN_PROGRESS) instead of leaving it NEW in
 *     the queue; only for a case of the opener's own company
 * @param accessLevel the level a supervisor chose (SPEC C4); none leaves the classification's, or 0
 * @param targetGroupId a group of the company that receives the case instead of one agent
 * @param assigneeId an agent of the supervisor's department who receives the case at once
 */
public record OpenCaseCommand(
    @NotNull(message = "{error.required}") Long companyId,
    @NotNull(message = "{error.required}") Long departmentId,
    @NotNull(message = "{error.required}") Long caseTypeId,
    Long classificationId,
    Long categoryId,
    Long productId,
    Long moduleId,
    @NotNull(message = "{error.required}") Long partyId,
    Long contactId,
    Long representativeId,
    Long representativeContactId,
    @NotBlank(message = "{error.required}") String channel,
    @NotNull(message = "{error.required}") ContactOrigin origin,
    @NotBlank(message = "{error.required}") @Size(max = 200, message = "{error.tooLong}")
        String subject,
    @NotBlank(message = "{error.required}") @Size(max = 20000, message = "{error.tooLong}")
        String request,
    @NotNull(message = "{error.required}") Priority priority,
    @Future(message = "{error.future}") LocalDateTime dueDate,
    boolean assignToMe,
    @PositiveOrZero(message = "{error.accessLevel.negative}") Integer accessLevel,
    Long targetGroupId,
    Long assigneeId) {

  /** Opening with the access level the classification gives, into the department's queue. */
  public OpenCaseCommand(
      Long companyId,
      Long departmentId,
      Long caseTypeId,
      Long classificationId,
      Long categoryId,
      Long productId,
      Long moduleId,
      Long partyId,
      Long contactId,
      Long representativeId,
      Long representativeContactId,
      String channel,
      ContactOrigin origin,
      String subject,
      String request,
      Priority priority,
      LocalDateTime dueDate,
      boolean assignToMe) {
    this(
        companyId,
        departmentId,
        caseTypeId,
        classificationId,
        categoryId,
        productId,
        moduleId,
        partyId,
        contactId,
        representativeId,
        representativeContactId,
        channel,
        origin,
        subject,
        request,
        priority,
        dueDate,
        assignToMe,
        null,
        null,
        null);
  }
}
