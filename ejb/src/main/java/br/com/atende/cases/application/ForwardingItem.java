package br.com.atende.cases.application;

import br.com.atende.cases.model.ForwardingKind;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One row of the forwarding history as the case page lists it (from, to, when, why, step). */
public record ForwardingItem(
    long id,
    ForwardingKind kind,
    String byName,
    String fromName,
    String toAgentName,
    String toGroupName,
    String toDepartmentName,
    String reason,
    Long stepId,
    LocalDateTime forwardedAt)
    implements Serializable {

  /** Who or what the case went to: the agent, else the group, else the department. */
  public String toName() {
    return toAgentName != null ? toAgentName : toGroupName != null ? toGroupName : toDepartmentName;
  }
}
