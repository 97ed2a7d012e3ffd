package br.com.atende.importing;

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
 * Resumes the imports whose server died while their job ran (killed, or its machine lost). The
 * import's row names the server instance running its job ({@code run_by}, written by {@link
 * PartyRowReader}); once that instance is known gone ({@link ServerInstances}, 30 s), a round of
 * the holder of the {@code batch-recovery} lease restarts the execution from its checkpoint on its
 * own server, and the reader goes on after the import's last committed row, so no row is added
 * twice or missed. The same on one server alone (after its restart) as in a cluster (on the
 * survivor): a running import of a server that lives is never touched.
 */
@Singleton
@Startup
@PermitAll
public class ImportRecovery {

  /** How often a server looks for interrupted jobs (and does, when it holds the lease). */
  private static final Duration ROUND = Duration.ofSeconds(20);

  @PersistenceContext private EntityManager em;

  @Resource private TimerService timers;

  @Inject private ClusterLease lease;

  @Inject private ServerInstances instances;

  @PostConstruct
  void schedule() {
    // Not at once: the deployment's batch environment is not ready during @PostConstruct.
    timers.createIntervalTimer(15_000, ROUND.toMillis(), new TimerConfig("import-recovery", false));
  }

  @Timeout
  void resumeInterrupted() {
    if (lease.hold("batch-recovery", ROUND.plusSeconds(15))) {
      InterruptedExecutions.resume(
          em, "party_import", "started_at", instances.gone(), ServerInstances.THIS);
    }
  }
}
