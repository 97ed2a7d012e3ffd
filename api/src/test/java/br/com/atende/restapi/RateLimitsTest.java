package br.com.atende.restapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimitsTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void aClientMayBurstUpToItsRateAndThenWaitsForTheBucketToRefill() {
    RateLimits.Bucket bucket = new RateLimits.Bucket(60);
    long now = System.nanoTime();
    for (int i = 0; i < 60; i++) {
      assertEquals(0, bucket.take(60, now), "request " + i);
    }
    long wait = bucket.take(60, now);
    assertTrue(wait >= 1 && wait <= 2, "one per second refills: " + wait);
    assertEquals(0, bucket.take(60, now + SECOND + SECOND / 10), "a second later one more");
  }
}
