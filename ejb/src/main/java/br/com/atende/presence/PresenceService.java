package br.com.atende.presence;

import br.com.atende.organization.application.AgentDirectory;
import br.com.atende.organization.model.Agent;
import br.com.atende.organization.model.Role;
import br.com.atende.settings.SystemSettings;
import br.com.atende.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The logged-in agent's availability, which it sets, and its colleagues', which the lists of agents
 * a case may be handed to show. An agent is "seen" when its page's header checks in (once per page,
 * after the page: never a statement of the page itself).
 */
@Stateless
@RolesAllowed({Role.Names.AGENT, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class PresenceService {

  @PersistenceContext private EntityManager em;

  @Inject private AgentDirectory agents;

  @Inject private SystemSettings settings;

  @Inject private Clock clock;

  /** The agent is here: records it and answers its chosen availability. */
  public Availability checkIn() {
    LocalDateTime now = now();
    AgentPresence mine = mine(now);
    mine.seen(now);
    return mine.getChosen();
  }

  public void choose(Availability availability) {
    if (availability == null) {
      throw new InvalidInputException("availability", "error.required");
    }
    LocalDateTime now = now();
    mine(now).choose(availability, now);
  }

  /** What these agents are now, by id; an agent never seen is away. One query. */
  public Map<Long, Availability> of(Collection<Long> agentIds) {
    Map<Long, Availability> found = new HashMap<>();
    if (agentIds.isEmpty()) {
      return found;
    }
    LocalDateTime now = now();
    Duration idle = Duration.ofMinutes(settings.idleMinutes());
    for (Long id : agentIds) {
      found.put(id, Availability.AWAY);
    }
    List<AgentPresence> known =
        em.createQuery(
                "SELECT p FROM AgentPresence p WHERE p.agentId IN :agents", AgentPresence.class)
            .setParameter("agents", List.copyOf(agentIds))
            .getResultList();
    for (AgentPresence presence : known) {
      found.put(presence.getAgentId(), presence.at(now, idle));
    }
    return found;
  }

  private AgentPresence mine(LocalDateTime now) {
    Agent me = agents.currentAgent();
    AgentPresence mine = em.find(AgentPresence.class, me.getId());
    if (mine == null) {
      mine = new AgentPresence(me.getId(), now);
      em.persist(mine);
    }
    return mine;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
