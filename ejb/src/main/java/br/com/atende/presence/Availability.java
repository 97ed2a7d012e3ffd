package br.com.atende.presence;

import java.time.Duration;
import java.time.LocalDateTime;

/** What an agent's colleagues see of it when they hand it a case. */
public enum Availability {
  AVAILABLE,
  AWAY,
  IN_MEETING;

  /**
   * What the agent is now: its choice, except that "available" turns "away" once it has not been
   * seen for the idle time (or was never seen). "In a meeting" is kept: it says why.
   */
  public static Availability of(
      Availability chosen, LocalDateTime lastSeen, LocalDateTime now, Duration idle) {
    if (chosen == AVAILABLE && (lastSeen == null || lastSeen.isBefore(now.minus(idle)))) {
      return AWAY;
    }
    return chosen;
  }
}
