package br.com.atende.integration.application;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An API client as the administration page lists it. */
public record ApiClientRow(
    long id,
    String name,
    String companyName,
    String departmentName,
    int clearance,
    boolean mayRead,
    boolean mayWrite,
    int requestsPerMinute,
    LocalDateTime createdAt,
    LocalDateTime lastUsedAt,
    LocalDateTime revokedAt)
    implements Serializable {

  public boolean revoked() {
    return revokedAt != null;
  }
}
