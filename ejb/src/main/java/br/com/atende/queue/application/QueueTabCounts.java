package br.com.atende.queue.application;

import br.com.atende.cases.live.CaseChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The queue tab counts each agent saw last, kept until a case changes. The queue page and its live
 * recount ask for the counts on every view; counting them (up to the cap, one index scan per tab)
 * is most of what the queue page asks of the database, and nothing in them moves until a case does.
 *
 * <p>Every committed case change ({@link CaseChanged}, observed synchronously right after the
 * commit, before the live push asks for a recount) starts a new generation; counts computed in an
 * earlier generation are never served. A count computed while a change commits is tagged with the
 * generation read before counting, so it is thrown away too. Changes this node does not hear of (a
 * bulk sweep that writes no entity, another node of a cluster, a group membership or clearance
 * edited by an admin) are bounded by {@link #MAX_AGE_MILLIS}.
 */
@ApplicationScoped
public class QueueTabCounts {

  /** How long a count may be served without a case change being heard of. */
  static final long MAX_AGE_MILLIS = 30_000;

  private record Counted(long generation, long countedAt, List<QueueTabCount> counts) {}

  @Inject Clock clock;

  private final AtomicLong generation = new AtomicLong();

  private final Map<Long, Counted> byAgent = new ConcurrentHashMap<>();

  /** The agent's counts of this generation, counting them only when there are none. */
  List<QueueTabCount> of(long agentId, Supplier<List<QueueTabCount>> count) {
    long current = generation.get();
    long now = clock.millis();
    Counted known = byAgent.get(agentId);
    if (known != null
        && known.generation() == current
        && now - known.countedAt() < MAX_AGE_MILLIS) {
      return known.counts();
    }
    List<QueueTabCount> counted = List.copyOf(count.get());
    byAgent.put(agentId, new Counted(current, now, counted));
    return counted;
  }

  /** A case changed: every count may have moved. */
  void caseChanged(@Observes CaseChanged change) {
    generation.incrementAndGet();
    byAgent.clear();
  }
}
