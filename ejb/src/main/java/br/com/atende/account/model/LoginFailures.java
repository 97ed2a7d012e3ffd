package br.com.atende.account.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins counted by a key (a login, an address): a key with {@code max} failures, each
 * within {@code lock} of the one before, is locked until {@code lock} after the last. Keys are
 * compared in lower case; at most {@code capacity} keys are kept, stale ones dropped first, so a
 * flood of fresh keys cannot grow the heap. Thread-safe.
 */
public final class LoginFailures {

  private final int max;

  private final Duration lock;

  private final int capacity;

  private final Map<String, Failures> counts = new ConcurrentHashMap<>();

  private record Failures(int count, Instant last) {}

  public LoginFailures(int max, Duration lock, int capacity) {
    this.max = max;
    this.lock = lock;
    this.capacity = capacity;
  }

  /** How long the key stays locked from now; zero when it is not. */
  public Duration lockedFor(String key, Instant now) {
    Failures failures = counts.get(normalized(key));
    if (failures == null || failures.count() < max) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(now, failures.last().plus(lock));
    return left.isNegative() ? Duration.ZERO : left;
  }

  public void failed(String key, Instant now) {
    String normalized = normalized(key);
    if (normalized.isEmpty()) {
      return;
    }
    if (counts.size() >= capacity && !counts.containsKey(normalized)) {
      counts.values().removeIf(f -> !now.isBefore(f.last().plus(lock)));
      if (counts.size() >= capacity) {
        return;
      }
    }
    counts.merge(
        normalized,
        new Failures(1, now),
        (before, first) ->
            now.isBefore(before.last().plus(lock)) ? new Failures(before.count() + 1, now) : first);
  }

  public void forget(String key) {
    counts.remove(normalized(key));
  }

  private static String normalized(String key) {
    if (key == null) {
      return "";
    }
    String lower = key.strip().toLowerCase(Locale.ROOT);
    return lower.length() > 100 ? lower.substring(0, 100) : lower;
  }
}
