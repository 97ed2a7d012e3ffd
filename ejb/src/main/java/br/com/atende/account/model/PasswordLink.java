package br.com.atende.account.model;

import br.com.atende.organization.model.Agent;
import br.com.atende.shared.BusinessException;
import br.com.atende.shared.SecretTokens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A one-time link that lets an agent choose a password: its token (see {@link SecretTokens}) is
 * emailed once and kept here only as a hash. It works once, until it expires; a newer link of the
 * same agent replaces it.
 */
@Entity
@Table(name = "account_link")
public class PasswordLink {

  /** Why the link was sent, which decides how long it works. */
  public enum Purpose {
    /** An administrator invites an agent who has no password yet. */
    INVITATION(Duration.ofDays(7)),
    /** An administrator resets a password, or the agent asked ("esqueci minha senha"). */
    RESET(Duration.ofHours(1)),
    /** The first administrator of a new install (link written to the server log). */
    SETUP(Duration.ofDays(1));

    private final Duration validity;

    Purpose(Duration validity) {
      this.validity = validity;
    }

    public Duration validity() {
      return validity;
    }
  }

  /** Whether a link can still be used. */
  public enum State {
    /** No link has this token (mistyped, never issued, or replaced by a newer one). */
    UNKNOWN,
    VALID,
    USED,
    EXPIRED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_link_seq")
  @SequenceGenerator(
      name = "account_link_seq",
      sequenceName = "account_link_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "agent_id", updatable = false)
  private Agent agent;

  @Column(nullable = false, updatable = false, length = 20)
  @Enumerated(EnumType.STRING)
  private Purpose purpose;

  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private LocalDateTime expiresAt;

  @Column(name = "used_at")
  private LocalDateTime usedAt;

  @Version private long version;

  protected PasswordLink() {}

  public PasswordLink(Agent agent, Purpose purpose, String rawToken, LocalDateTime now) {
    this.agent = Objects.requireNonNull(agent);
    this.purpose = Objects.requireNonNull(purpose);
    this.tokenHash = SecretTokens.hash(rawToken);
    this.createdAt = now;
    this.expiresAt = now.plus(purpose.validity());
  }

  public State stateAt(LocalDateTime now) {
    if (usedAt != null) {
      return State.USED;
    }
    return now.isBefore(expiresAt) ? State.VALID : State.EXPIRED;
  }

  /** Spends the link; refused when it was used before or has expired. */
  public void use(LocalDateTime now) {
    State state = stateAt(now);
    if (state == State.USED) {
      throw new BusinessException("error.passwordLink.used");
    }
    if (state == State.EXPIRED) {
      throw new BusinessException("error.passwordLink.expired");
    }
    usedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Agent getAgent() {
    return agent;
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public LocalDateTime getExpiresAt() {
    return expiresAt;
  }
}
