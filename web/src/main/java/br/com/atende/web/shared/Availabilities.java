package br.com.atende.web.shared;

import br.com.atende.presence.Availability;
import br.com.atende.presence.PresenceService;
import br.com.atende.shared.Choice;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;

/**
 * The availability of the agents of a choice list, read with the list (one query), for the label
 * next to each name where a case is forwarded, transferred or assigned, and next to the holders of
 * a supervisor's team tab: {@code msg['availability.' += bean.availabilities.of(a.id)]}.
 */
public final class Availabilities implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final Availabilities NONE = new Availabilities(new HashMap<>());

  private final HashMap<Long, Availability> byAgent;

  private Availabilities(HashMap<Long, Availability> byAgent) {
    this.byAgent = byAgent;
  }

  public static Availabilities of(PresenceService presence, List<Choice> agents) {
    return ofAgents(presence, agents.stream().map(Choice::id).toList());
  }

  /** The availability of these agents (the holders of a page of cases), in one query. */
  public static Availabilities ofAgents(PresenceService presence, Collection<Long> agentIds) {
    if (agentIds.isEmpty()) {
      return NONE;
    }
    return new Availabilities(new HashMap<>(presence.of(agentIds)));
  }

  /** The bundle key's end for the agent: "AVAILABLE", "AWAY" or "IN_MEETING". */
  public String of(long agentId) {
    return byAgent.getOrDefault(agentId, Availability.AWAY).name();
  }
}
