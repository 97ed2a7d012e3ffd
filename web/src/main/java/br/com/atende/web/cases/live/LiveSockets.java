package br.com.atende.web.cases.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.omnifaces.cdi.push.SocketEvent;
import org.omnifaces.cdi.push.SocketEvent.Closed;
import org.omnifaces.cdi.push.SocketEvent.Opened;

/**
 * The live-update WebSockets open on this server, by their socket user, the agent: which agents
 * have a case page open, and which of the cases they opened lately, and which agents have their
 * queue open. A change is checked and pushed only for them, so a change nobody watches costs
 * nothing. Sockets are counted, since an agent may have several pages open.
 *
 * <p>Why the agent, not "this agent on this case", is the socket's user: OmniFaces registers a
 * view-scoped socket anew on every page, with a channel id of its own that stays in the agent's set
 * until the session ends; a session-scoped socket is registered once per session (as the header's
 * bell and the queue's counts learned, {@code bench/RESULTS.md} of 2026-12-02). The case a page
 * shows is then told here by the page itself ({@link #looking}), and each page drops the messages
 * of other cases ({@code atendeLiveCase}).
 */
@ApplicationScoped
public class LiveSockets {

  /** The case page's channel; its socket user is the agent's id. */
  public static final String CASE_CHANNEL = "caseLive";

  /** The queue page's channel; its socket user is the agent's id. */
  public static final String QUEUE_CHANNEL = "queueLive";

  /**
   * The cases an agent opened last and may still have in front of it: as many as the views a
   * session keeps (Mojarra's 25), beyond which a page could not even post back. Kept per agent
   * while the server runs (at most this many ids for each agent who ever opened a case here): a
   * page is rendered before the previous one closes its socket, so "no socket open" does not mean
   * "no case shown".
   */
  static final int RECENT_CASES = 25;

  private final Map<Long, Integer> caseSockets = new ConcurrentHashMap<>();

  /** Each agent's recent cases, newest first; an immutable list, replaced whole. */
  private final Map<Long, List<Long>> recentCases = new ConcurrentHashMap<>();

  private final Map<Long, Integer> queueViewers = new ConcurrentHashMap<>();

  /** A case page is being rendered for the agent: the case it shows. */
  public void looking(long agentId, long caseId) {
    recentCases.compute(
        agentId,
        (key, cases) -> {
          if (cases != null && !cases.isEmpty() && cases.get(0) == caseId) {
            return cases; // the same case again: a reload, a postback's redirect
          }
          List<Long> recent = new ArrayList<>(RECENT_CASES + 1);
          recent.add(caseId);
          if (cases != null) {
            cases.stream().filter(id -> id != caseId).limit(RECENT_CASES - 1).forEach(recent::add);
          }
          return List.copyOf(recent);
        });
  }

  void opened(@Observes @Opened SocketEvent event) {
    opened(event.getChannel(), event.getUser());
  }

  void closed(@Observes @Closed SocketEvent event) {
    closed(event.getChannel(), event.getUser());
  }

  void opened(String channel, Serializable user) {
    Map<Long, Integer> open = counter(channel);
    if (open != null && user instanceof Long agentId) {
      open.merge(agentId, 1, Integer::sum);
    }
  }

  void closed(String channel, Serializable user) {
    Map<Long, Integer> open = counter(channel);
    if (open != null && user instanceof Long agentId) {
      open.computeIfPresent(agentId, (key, count) -> count > 1 ? count - 1 : null);
    }
  }

  private Map<Long, Integer> counter(String channel) {
    if (CASE_CHANNEL.equals(channel)) {
      return caseSockets;
    }
    return QUEUE_CHANNEL.equals(channel) ? queueViewers : null;
  }

  /** The agents with a case page open here that may show this case. */
  public Set<Long> viewersOf(long caseId) {
    return caseSockets.keySet().stream()
        .filter(agentId -> shows(agentId, caseId))
        .collect(Collectors.toSet());
  }

  private boolean shows(long agentId, long caseId) {
    return recentCases.getOrDefault(agentId, List.of()).contains(caseId);
  }

  /** The agents with their queue page open here. */
  public Set<Long> queueViewers() {
    return Set.copyOf(queueViewers.keySet());
  }
}
