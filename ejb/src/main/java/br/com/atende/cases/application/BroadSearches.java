package br.com.atende.cases.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The searches an agent found too broad a moment ago (more than {@link CaseSearch#COUNT_LIMIT}
 * matches they may see). Finding that out again costs the database the same work as the first time
 * (a common word's GIN bitmap holds all its matches: tens of milliseconds at a million cases) for
 * the same answer, and the answer hardly moves: cases leave a search's matches only by the trash or
 * a higher access level. So "too broad" is kept a minute per agent, clearance and words; a number
 * is never kept, and a narrower search is always counted.
 */
@ApplicationScoped
class BroadSearches {

  static final Duration KEPT = Duration.ofMinutes(1);

  /**
   * Past this many kept searches the expired ones go, then all: a bound on the memory, not a cache
   * policy.
   */
  static final int MOST = 10_000;

  private final Map<Key, Instant> until = new ConcurrentHashMap<>();

  @Inject private Clock clock;

  BroadSearches() {}

  BroadSearches(Clock clock) {
    this.clock = clock;
  }

  /**
   * Whether this agent, with their present clearance, found this search too broad within a minute.
   */
  boolean foundRecently(long viewerId, int clearance, SearchQuery query) {
    Instant kept = until.get(key(viewerId, clearance, query));
    return kept != null && clock.instant().isBefore(kept);
  }

  void found(long viewerId, int clearance, SearchQuery query) {
    Instant now = clock.instant();
    if (until.size() >= MOST) {
      until.values().removeIf(kept -> !now.isBefore(kept));
      if (until.size() >= MOST) {
        until.clear();
      }
    }
    until.put(key(viewerId, clearance, query), now.plus(KEPT));
  }

  private static Key key(long viewerId, int clearance, SearchQuery query) {
    return new Key(
        viewerId,
        clearance,
        query.mode(),
        query.scope(),
        query.words().stream().map(word -> word.toLowerCase(Locale.ROOT)).toList());
  }

  private record Key(
      long viewerId, int clearance, SearchMode mode, SearchScope scope, List<String> words) {}
}
