package br.com.atende.workflow.application;

import br.com.atende.workflow.model.StandardField;
import br.com.atende.workflow.model.StepTarget;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** A workflow step as the admin page lists and edits it. */
public record WorkflowStepRow(
    long id,
    long version,
    int order,
    String name,
    StepTarget target,
    Long targetGroupId,
    String targetGroupName,
    Long targetAgentId,
    String targetAgentName,
    Set<StandardField> requiredFields,
    List<String> extraRecipients,
    boolean active)
    implements Serializable {

  /** The required fields in their declared order, for a page to list. */
  public List<StandardField> requiredFieldList() {
    return requiredFields.stream().sorted().toList();
  }

  public String recipientsText() {
    return String.join(", ", extraRecipients);
  }
}
