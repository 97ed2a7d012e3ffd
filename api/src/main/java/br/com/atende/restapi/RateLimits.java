package br.com.atende.restapi;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per API client, in this server's memory: a client may burst up to its
 * requests-per-minute at once, and the bucket refills at that rate. One server, one bucket; a
 * cluster would share buckets (or divide the rate) — not needed while Atende runs on one server.
 */
@ApplicationScoped
public class RateLimits {

  private final ConcurrentMap<Long, Bucket> buckets = new ConcurrentHashMap<>();

  /** Zero when the request may go on; otherwise the seconds to wait before the next one. */
  public long secondsToWait(long clientId, int perMinute) {
    return buckets
        .computeIfAbsent(clientId, id -> new Bucket(perMinute))
        .take(perMinute, System.nanoTime());
  }

  static final class Bucket {
    private double tokens;
    private long refilledAt = System.nanoTime();

    Bucket(int capacity) {
      this.tokens = capacity;
    }

    synchronized long take(int perMinute, long now) {
      double perNano = perMinute / 60e9;
      tokens = Math.min(perMinute, tokens + (now - refilledAt) * perNano);
      refilledAt = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - tokens) / perNano / 1e9);
    }
  }
}
