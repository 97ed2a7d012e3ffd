package br.com.atende.integration.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The first result of a POST made with an {@code Idempotency-Key}: a retry with the same key and
 * the same body answers with it; the same key with another body is refused. Written in the same
 * transaction as what the request did, so either both are kept or neither.
 */
@Entity
@Table(name = "api_idempotent_request")
public class IdempotentRequest {

  /** A client's key. */
  @Embeddable
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    @Column(name = "client_id")
    private long clientId;

    @Column(name = "idempotency_key", length = 200)
    private String key;

    protected Key() {}

    public Key(long clientId, String key) {
      this.clientId = clientId;
      this.key = Objects.requireNonNull(key);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && k.clientId == clientId && k.key.equals(key);
    }

    @Override
    public int hashCode() {
      return Objects.hash(clientId, key);
    }
  }

  @EmbeddedId private Key id;

  @Column(name = "request_hash", nullable = false, length = 64)
  private String requestHash;

  @Column(name = "response_status", nullable = false)
  private int responseStatus;

  @Column(name = "case_id", nullable = false)
  private long caseId;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  protected IdempotentRequest() {}

  public IdempotentRequest(
      Key id, String requestHash, int responseStatus, long caseId, LocalDateTime createdAt) {
    this.id = Objects.requireNonNull(id);
    this.requestHash = Objects.requireNonNull(requestHash);
    this.responseStatus = responseStatus;
    this.caseId = caseId;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public boolean sameRequest(String hash) {
    return requestHash.equals(hash);
  }

  public int getResponseStatus() {
    return responseStatus;
  }

  public long getCaseId() {
    return caseId;
  }
}
