package br.com.atende.cases.notification;

import br.com.atende.cases.model.Case;
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
 * The secret behind the links of a solution notification (SPEC C6): 256 random bits, given to the
 * client once inside the email and stored here only as their SHA-256, so that the table alone
 * cannot answer for a client. It expires and works once.
 */
@Entity
@Table(name = "case_response_token")
public class CaseResponseToken {

  /** What the client did with the link. */
  public enum Outcome {
    CONFIRMED,
    REOPENED
  }

  /** Whether a link can still be used. */
  public enum State {
    /** No link has this token (mistyped, or never issued). */
    UNKNOWN,
    VALID,
    USED,
    EXPIRED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_response_token_seq")
  @SequenceGenerator(
      name = "case_response_token_seq",
      sequenceName = "case_response_token_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id", updatable = false)
  private Case supportCase;

  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  private String tokenHash;

  /** The agent who notified the solution: the client's answer is recorded in their name. */
  @ManyToOne(optional = false)
  @JoinColumn(name = "notified_by_id", updatable = false)
  private Agent notifiedBy;

  @Column(nullable = false, updatable = false, length = 10)
  private String language;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private LocalDateTime expiresAt;

  @Column(name = "used_at")
  private LocalDateTime usedAt;

  @Column(length = 20)
  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  @Version private long version;

  protected CaseResponseToken() {}

  public CaseResponseToken(
      Case supportCase,
      String rawToken,
      Agent notifiedBy,
      String language,
      LocalDateTime now,
      Duration validFor) {
    this.supportCase = Objects.requireNonNull(supportCase);
    this.tokenHash = hash(rawToken);
    this.notifiedBy = Objects.requireNonNull(notifiedBy);
    this.language = Objects.requireNonNull(language);
    this.createdAt = now;
    this.expiresAt = now.plus(validFor);
  }

  /** A new random token (see {@link SecretTokens}). */
  public static String newRawToken() {
    return SecretTokens.newRawToken();
  }

  /** The SHA-256 of a token, in hex: what the table stores and looks up. */
  public static String hash(String rawToken) {
    return SecretTokens.hash(rawToken);
  }

  public State stateAt(LocalDateTime now) {
    if (usedAt != null) {
      return State.USED;
    }
    return now.isBefore(expiresAt) ? State.VALID : State.EXPIRED;
  }

  /** Spends the link; refused when it was used before or has expired. */
  public void use(Outcome chosen, LocalDateTime now) {
    State state = stateAt(now);
    if (state == State.USED) {
      throw new BusinessException("error.caseResponse.used");
    }
    if (state == State.EXPIRED) {
      throw new BusinessException("error.caseResponse.expired");
    }
    usedAt = now;
    outcome = Objects.requireNonNull(chosen);
  }

  public Long getId() {
    return id;
  }

  public Case getSupportCase() {
    return supportCase;
  }

  public Agent getNotifiedBy() {
    return notifiedBy;
  }

  public String getLanguage() {
    return language;
  }

  public LocalDateTime getExpiresAt() {
    return expiresAt;
  }

  public Outcome getOutcome() {
    return outcome;
  }
}
