package br.com.atende.cases.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import javax.sql.DataSource;

/** Seals one chunk of pending audit rows per transaction (see {@link ChainSealing}). */
@PermitAll
@Stateless
public class AuditSealer {

  @Resource(lookup = "java:jboss/datasources/AtendeDS")
  private DataSource dataSource;

  @Inject private Clock clock;

  /** Seals at most {@code max} rows in a transaction of its own; returns how many. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int sealChunk(int max) {
    try (Connection connection = dataSource.getConnection()) {
      return ChainSealing.sealNext(connection, max, LocalDateTime.now(clock));
    } catch (SQLException e) {
      throw new IllegalStateException("sealing the audit trail failed", e);
    }
  }
}
