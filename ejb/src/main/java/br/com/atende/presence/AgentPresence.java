package br.com.atende.presence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An agent's chosen availability and when it was last seen. A table of its own, not columns of the
 * agent: agents are cached reference data, and a write of "last seen" every few minutes would empty
 * that cache for every page of every agent.
 */
@Entity
@Table(name = "agent_presence")
public class AgentPresence {

  /** "Last seen" is written at most this often: a page view is not worth a write each. */
  static final Duration SEEN_RESOLUTION = Duration.ofMinutes(1);

  @Id
  @Column(name = "agent_id")
  private Long agentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Availability chosen;

  @Column(name = "last_seen_at", nullable = false)
  private LocalDateTime lastSeenAt;

  protected AgentPresence() {}

  public AgentPresence(long agentId, LocalDateTime now) {
    this.agentId = agentId;
    this.chosen = Availability.AVAILABLE;
    this.lastSeenAt = Objects.requireNonNull(now);
  }

  public void seen(LocalDateTime now) {
    if (lastSeenAt.isBefore(now.minus(SEEN_RESOLUTION))) {
      lastSeenAt = now;
    }
  }

  public void choose(Availability availability, LocalDateTime now) {
    chosen = Objects.requireNonNull(availability);
    lastSeenAt = now;
  }

  public Availability at(LocalDateTime now, Duration idle) {
    return Availability.of(chosen, lastSeenAt, now, idle);
  }

  public Long getAgentId() {
    return agentId;
  }

  public Availability getChosen() {
    return chosen;
  }
}
