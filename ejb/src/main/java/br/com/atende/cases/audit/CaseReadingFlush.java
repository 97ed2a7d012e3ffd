package br.com.atende.cases.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Writes the buffered case readings every {@code atende.readings.flush-seconds} (default 5) and
 * when the server stops: one JDBC batch per thousand readings, each its own short transaction
 * (autocommit, no JTA: nothing else is written with them). Every server flushes its own buffer.
 */
@PermitAll
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaseReadingFlush {

  private static final Logger LOG = Logger.getLogger(CaseReadingFlush.class.getName());

  private static final int BATCH = 1000;

  @Resource private TimerService timers;

  @Resource(lookup = "java:jboss/datasources/AtendeDS")
  private DataSource dataSource;

  @Inject private CaseReadings readings;

  private final ReentrantLock flushing = new ReentrantLock();

  @PostConstruct
  void start() {
    long interval = Duration.ofSeconds(Long.getLong("atende.readings.flush-seconds", 5)).toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("case-readings", false));
  }

  @Timeout
  void tick() {
    if (flushing.tryLock()) {
      try {
        write();
      } finally {
        flushing.unlock();
      }
    }
  }

  @PreDestroy
  void stop() {
    flush();
  }

  /** Writes what is buffered now, after a flush already running; returns how many readings. */
  public int flush() {
    flushing.lock();
    try {
      return write();
    } finally {
      flushing.unlock();
    }
  }

  private int write() {
    int written = 0;
    List<CaseReadings.Reading> batch;
    while (!(batch = readings.take(BATCH)).isEmpty()) {
      try (Connection connection = dataSource.getConnection();
          PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO case_reading (case_id, agent_id, read_at) VALUES (?, ?, ?)")) {
        for (CaseReadings.Reading reading : batch) {
          insert.setLong(1, reading.caseId());
          insert.setLong(2, reading.agentId());
          insert.setTimestamp(3, Timestamp.valueOf(reading.readAt()));
          insert.addBatch();
        }
        insert.executeBatch();
        written += batch.size();
      } catch (SQLException e) {
        LOG.log(Level.WARNING, "case readings lost: " + batch.size(), e);
      }
    }
    return written;
  }
}
