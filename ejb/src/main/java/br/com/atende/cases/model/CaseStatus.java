package br.com.atende.cases.model;

/**
 * The states of a case (SPEC C3). NOTIFIED and CONFIRMED are the two ways of being concluded;
 * CANCELLED ends a case without a solution.
 */
public enum CaseStatus {
  NEW,
  IN_PROGRESS,
  SCHEDULED,
  WAITING_THIRD_PARTY,
  PAUSED,
  PENDING,
  SOLVED,
  NOTIFIED,
  CONFIRMED,
  CANCELLED;

  /** The states in which work on a case is still expected. */
  public static java.util.Set<CaseStatus> openStates() {
    return java.util.EnumSet.complementOf(java.util.EnumSet.of(NOTIFIED, CONFIRMED, CANCELLED));
  }

  /**
   * Whether work on the case is still expected: everything but the concluded and cancelled states.
   */
  public boolean isOpen() {
    return openStates().contains(this);
  }
}
