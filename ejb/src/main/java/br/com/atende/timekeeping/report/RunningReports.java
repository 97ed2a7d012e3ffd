package br.com.atende.timekeeping.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The job executions this server started or restarted since it came up. The job repository still
 * calls an execution started when the server running it went down; one not started here is then
 * known to be interrupted, and is resumed (by {@link ReportRecovery}, or by a supervisor).
 */
@ApplicationScoped
public class RunningReports {

  private final Set<Long> executions = ConcurrentHashMap.newKeySet();

  void launched(long execution) {
    executions.add(execution);
  }

  boolean launchedHere(long execution) {
    return executions.contains(execution);
  }
}
