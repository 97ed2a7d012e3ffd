package br.com.atende.timekeeping.report;

import br.com.atende.cluster.ClusterLease;
import br.com.atende.cluster.ServerInstances;
import br.com.atende.shared.batch.InterruptedExecutions;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;

/**
 * Resumes the consumption reports whose server died while their job ran, as {@code ImportRecovery}
 * does the imports: the report's row names the server instance running its job ({@code run_by},
 * written by {@link ConsumptionEntryReader}), and once that instance is gone the holder of the
 * {@code batch-recovery} lease restarts the execution from its checkpoint.
 */
@Singleton
@Startup
@PermitAll
public class ReportRecovery {

  private static final Duration ROUND = Duration.ofSeconds(20);

  @PersistenceContext private EntityManager em;

  @Resource private TimerService timers;

  @Inject private ClusterLease lease;

  @Inject private ServerInstances instances;

  @PostConstruct
  void schedule() {
    // Not at once: the deployment's batch environment is not ready during @PostConstruct.
    timers.createIntervalTimer(15_000, ROUND.toMillis(), new TimerConfig("report-recovery", false));
  }

  @Timeout
  void resumeInterrupted() {
    if (lease.hold("batch-recovery", ROUND.plusSeconds(15))) {
      InterruptedExecutions.resume(
          em, "consumption_report", "requested_at", instances.gone(), ServerInstances.THIS);
    }
  }
}
