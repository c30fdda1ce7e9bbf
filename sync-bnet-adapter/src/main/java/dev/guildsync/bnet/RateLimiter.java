package dev.guildsync.bnet;

import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * Paces requests under both of Battle.net's quotas (per second and per hour). Thread-safe; one per
 * client, shared by every thread and every retry.
 *
 * <p>Battle.net counts requests per wall-clock second. A token bucket with capacity {@code C} and
 * greedy refill {@code R}/s can let {@code C + R} through in one such second, so the per-second
 * bandwidth has capacity 1 (no burst) and a refill a little under the quota (2% less, at least
 * one): requests leave evenly spaced and no wall-clock second sees more than the quota, even with
 * some network jitter. Waiting threads reserve their slot, so they go in arrival order.
 */
final class RateLimiter {
  private final Bucket bucket;
  private final int paced;

  RateLimiter(int perSecond, long perHour) {
    this.paced = pacedRate(perSecond);
    this.bucket =
        Bucket.builder()
            .addLimit(limit -> limit.capacity(1).refillGreedy(paced, Duration.ofSeconds(1)))
            .addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
            .withNanosecondPrecision()
            .build();
  }

  /** The steady rate requests are let through at, per second. */
  static int pacedRate(int perSecond) {
    if (perSecond <= 2) {
      return 1;
    }
    return perSecond - Math.max(1, perSecond / 50);
  }

  /** Blocks until the next request may go. */
  void acquire() throws InterruptedException {
    bucket.asBlocking().consume(1);
  }

  int pacedRate() {
    return paced;
  }
}
