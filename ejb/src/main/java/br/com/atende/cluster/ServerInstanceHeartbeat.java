package br.com.atende.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps this instance's row in {@code server_instance} alive while the application runs (see {@link
 * ServerInstances}); when the application stops, the row runs out.
 */
@PermitAll
@Singleton
@Startup
// Its first beat writes a row of a table the migrations make.
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ServerInstanceHeartbeat {

  private static final Logger LOG = Logger.getLogger(ServerInstanceHeartbeat.class.getName());

  @Resource private TimerService timers;

  @Inject private ServerInstances instances;

  @PostConstruct
  void start() {
    // At once, not at the first tick: from now on this instance may claim work in its name.
    instances.started();
    long every = ServerInstances.RENEWAL.toMillis();
    timers.createIntervalTimer(every, every, new TimerConfig("server-instance", false));
  }

  @Timeout
  void renew() {
    try {
      instances.renew();
    } catch (RuntimeException e) {
      // The database away for a while: the next tick renews; three missed ones make it look gone.
      LOG.log(Level.WARNING, "Could not renew this server instance's row: {0}", e.getMessage());
    }
  }
}
