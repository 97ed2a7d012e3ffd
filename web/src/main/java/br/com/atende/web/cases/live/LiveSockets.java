package br.com.atende.web.cases.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.omnifaces.cdi.push.SocketEvent;
import org.omnifaces.cdi.push.SocketEvent.Closed;
import org.omnifaces.cdi.push.SocketEvent.Opened;

/**
 * The live-update WebSockets open on this server, by their socket user: which agents look at which
 * case, and which agents have their queue open. A change is checked and pushed only for them, so a
 * change nobody watches costs nothing. Counted, since an agent may have the same page open twice.
 */
@ApplicationScoped
public class LiveSockets {

  /** The case page's channel; its socket user is a {@link CaseViewer}. */
  public static final String CASE_CHANNEL = "caseLive";

  /** The queue page's channel; its socket user is the agent's id. */
  public static final String QUEUE_CHANNEL = "queueLive";

  private final Map<CaseViewer, Integer> caseViewers = new ConcurrentHashMap<>();
  private final Map<Long, Integer> queueViewers = new ConcurrentHashMap<>();

  void opened(@Observes @Opened SocketEvent event) {
    Serializable user = event.getUser();
    if (CASE_CHANNEL.equals(event.getChannel()) && user instanceof CaseViewer viewer) {
      caseViewers.merge(viewer, 1, Integer::sum);
    } else if (QUEUE_CHANNEL.equals(event.getChannel()) && user instanceof Long agentId) {
      queueViewers.merge(agentId, 1, Integer::sum);
    }
  }

  void closed(@Observes @Closed SocketEvent event) {
    Serializable user = event.getUser();
    if (CASE_CHANNEL.equals(event.getChannel()) && user instanceof CaseViewer viewer) {
      caseViewers.computeIfPresent(viewer, (key, open) -> open > 1 ? open - 1 : null);
    } else if (QUEUE_CHANNEL.equals(event.getChannel()) && user instanceof Long agentId) {
      queueViewers.computeIfPresent(agentId, (key, open) -> open > 1 ? open - 1 : null);
    }
  }

  /** The agents with a page of this case open here. */
  public Set<Long> viewersOf(long caseId) {
    return caseViewers.keySet().stream()
        .filter(viewer -> viewer.caseId() == caseId)
        .map(CaseViewer::agentId)
        .collect(Collectors.toSet());
  }

  /** The agents with their queue page open here. */
  public Set<Long> queueViewers() {
    return Set.copyOf(queueViewers.keySet());
  }
}
