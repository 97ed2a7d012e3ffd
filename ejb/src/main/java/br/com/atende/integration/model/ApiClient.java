package br.com.atende.integration.model;

import br.com.atende.organization.model.Agent;
import br.com.atende.shared.Identified;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Another system that calls the intake API (a chat, a portal). It acts as an agent of its own, so
 * that every service sees it as the caller with its clearance, company and department (where its
 * cases go); only the hash of its token is kept. A revoked client's agent is deactivated too, so
 * the server's realm refuses it even if its token were still presented.
 */
@Entity
@Table(name = "api_client")
public class ApiClient implements Identified {

  /**
   * Last use is written at most once a minute: a write per request would cost more than it tells.
   */
  private static final Duration LAST_USE_GRAIN = Duration.ofMinutes(1);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_client_seq")
  @SequenceGenerator(name = "api_client_seq", sequenceName = "api_client_seq", allocationSize = 50)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "agent_id")
  private Agent agent;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "may_read", nullable = false)
  private boolean mayRead;

  @Column(name = "may_write", nullable = false)
  private boolean mayWrite;

  @Column(name = "requests_per_minute", nullable = false)
  private int requestsPerMinute;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  @Column(name = "last_used_at")
  private LocalDateTime lastUsedAt;

  @Version private long version;

  protected ApiClient() {}

  public ApiClient(
      Agent agent,
      String name,
      String tokenHash,
      Set<ApiScope> scopes,
      int requestsPerMinute,
      LocalDateTime createdAt) {
    this.agent = Objects.requireNonNull(agent);
    this.name = Objects.requireNonNull(name);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.mayRead = scopes.contains(ApiScope.CASES_READ);
    this.mayWrite = scopes.contains(ApiScope.CASES_WRITE);
    if (requestsPerMinute < 1) {
      throw new IllegalArgumentException("requestsPerMinute must be positive");
    }
    this.requestsPerMinute = requestsPerMinute;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public boolean grants(ApiScope scope) {
    return revokedAt == null && (scope == ApiScope.CASES_READ ? mayRead : mayWrite);
  }

  public Set<ApiScope> scopes() {
    Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
    if (mayRead) {
      scopes.add(ApiScope.CASES_READ);
    }
    if (mayWrite) {
      scopes.add(ApiScope.CASES_WRITE);
    }
    return scopes;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  /** Revoked for good: its token is refused from now on. */
  public void revoke(LocalDateTime at) {
    if (revokedAt == null) {
      revokedAt = at;
    }
  }

  /** Whether the last use recorded is old enough to be written again. */
  public boolean usedLongerAgoThanTheGrain(LocalDateTime now) {
    return lastUsedAt == null || lastUsedAt.plus(LAST_USE_GRAIN).isBefore(now);
  }

  public Long getId() {
    return id;
  }

  public Agent getAgent() {
    return agent;
  }

  public String getName() {
    return name;
  }

  public int getRequestsPerMinute() {
    return requestsPerMinute;
  }

  public LocalDateTime getLastUsedAt() {
    return lastUsedAt;
  }
}
