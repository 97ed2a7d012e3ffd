package br.com.atende.queue.application;

/**
 * The tabs of the queue page (SPEC C5, 004 §3). The viewer's own tabs part its open cases: each is
 * in exactly one of "newly linked", "answered by the client" and "open"; the team tabs part the
 * department's held open cases the same way, for supervisors. The "today" tabs cut across them.
 */
public enum QueueTab {
  /** Unheld open cases of the viewer's department (no group holds them) or of its groups. */
  NEW(false),
  /** Held by the viewer, no first reply to the client yet, client not waiting on a reply. */
  MINE_NEW(false),
  /** Held by the viewer, and the client replied after the agent last did. */
  MINE_ANSWERED(false),
  /** Held by the viewer, first reply given, client not waiting on a reply. */
  MINE_OPEN(false),
  /**
   * "Hoje", today's work (seed 001 §3): held by the viewer, being worked, due today or before,
   * oldest due first; it must be empty at the end of each day. Across the parting tabs above.
   */
  TODAY(false),
  /** Held by an agent in the supervisor's department, first reply given, nothing pending. */
  TEAM_OPEN(true),
  /** Held in the supervisor's department and waiting on the agent: no first reply, or answered. */
  TEAM_AWAITING(true),
  /** Today's work of the supervisor's department: its held cases being worked, due by today. */
  TEAM_TODAY(true);

  private final boolean team;

  QueueTab(boolean team) {
    this.team = team;
  }

  /** Whether only supervisors see the tab. */
  public boolean isTeam() {
    return team;
  }
}
