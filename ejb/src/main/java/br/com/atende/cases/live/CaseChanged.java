package br.com.atende.cases.live;

import java.io.Serializable;

/**
 * A case changed and the change is committed: its id, its version after the change, who changed it
 * ({@code null} for the client, whose email reply an agent did not write), and where the case now
 * waits (department, holder, holding group), which is what decides whose queue tabs it may enter.
 * Ids and a display name only, never case content, so that it can be relayed across nodes and
 * logged without exposing anything.
 */
public record CaseChanged(
    long caseId,
    long version,
    Long changedById,
    String changedByName,
    long departmentId,
    Long holderId,
    Long holdingGroupId)
    implements Serializable {

  /** Whether this agent made the change: its own page need not tell it so. */
  public boolean madeBy(long agentId) {
    return changedById != null && changedById == agentId;
  }
}
