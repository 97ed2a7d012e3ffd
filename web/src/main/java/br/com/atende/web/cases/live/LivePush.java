package br.com.atende.web.cases.live;

import br.com.atende.cases.live.CaseChanged;
import br.com.atende.cases.live.LiveAudience;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.omnifaces.cdi.Push;
import org.omnifaces.cdi.PushContext;

/**
 * Pushes each committed case change to the browsers of this server that may hear of it: the other
 * agents looking at the case (who, through the access rule, may still see it) get who changed it;
 * the agents whose queue tabs it may enter get a bare "recount". Runs after the commit, off the
 * changing agent's request thread.
 */
@ApplicationScoped
public class LivePush {

  private static final Logger LOG = Logger.getLogger(LivePush.class.getName());

  /** The queue message: no case content, the page recounts through the queue service. */
  static final String RECOUNT = "recount";

  @Inject
  @Push(channel = LiveSockets.CASE_CHANNEL)
  private PushContext caseChannel;

  @Inject
  @Push(channel = LiveSockets.QUEUE_CHANNEL)
  private PushContext queueChannel;

  @Inject private LiveSockets sockets;

  @Inject private LiveAudience audience;

  void changed(@ObservesAsync CaseChanged change) {
    try {
      toCaseViewers(change);
      toQueues(change);
    } catch (RuntimeException e) {
      // A lost live update costs a reload; it must never surface anywhere else.
      LOG.log(Level.WARNING, "live update of case " + change.caseId() + " not pushed", e);
    }
  }

  private void toCaseViewers(CaseChanged change) {
    Set<Long> others =
        sockets.viewersOf(change.caseId()).stream()
            .filter(agentId -> !change.madeBy(agentId))
            .collect(Collectors.toSet());
    if (others.isEmpty()) {
      return;
    }
    Set<Long> allowed = audience.mayStillSee(change.caseId(), others);
    if (allowed.isEmpty()) {
      return;
    }
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("case", change.caseId());
    message.put("version", change.version());
    message.put("by", change.changedByName() == null ? "" : change.changedByName());
    // To every case page of these agents: each page keeps only the messages of its own case.
    caseChannel.send(message, allowed);
  }

  private void toQueues(CaseChanged change) {
    Set<Long> open = sockets.queueViewers();
    if (open.isEmpty()) {
      return;
    }
    Set<Long> concerned = audience.queuesConcerned(change, open);
    if (!concerned.isEmpty()) {
      queueChannel.send(RECOUNT, concerned);
    }
  }
}
