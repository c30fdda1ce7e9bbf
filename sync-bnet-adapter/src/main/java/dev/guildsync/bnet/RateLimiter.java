package dev.guildsync.bnet;

import dev.guildsync.core.SyncException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.time.Duration;

/**
 * Paces requests under both of Battle.net's quotas (per second and per hour) with one Bucket4j
 * bucket: in-process by default, or a shared one on any Bucket4j backend. Thread-safe; one per
 * client, shared by every thread and every retry.
 *
 * <p>Battle.net counts requests per wall-clock second. A token bucket with capacity {@code C} and
 * greedy refill {@code R}/s can let {@code C + R} through in one such second, so the per-second
 * bandwidth has capacity 1 (no burst) and a refill 2% under the quota at every limit (100/s paces
 * at 98/s, 10/s at 9.8/s, 5/s at 4.9/s): requests leave evenly spaced, and however high or low the
 * limit, the margin is the same ~20 ms of each wall-clock second, so no second sees more than the
 * quota even with some network jitter, and a low limit does not lose a fifth of its requests.
 * Waiting threads reserve their slot, so they go in arrival order; a shared bucket costs one remote
 * call per request (the reservation), the wait is local.
 */
final class RateLimiter {
  /** The per-second refill is counted over this many seconds, one of them left out: 2%. */
  private static final int PACING_SECONDS = 50;

  private final Bucket bucket;

  RateLimiter(Bucket bucket) {
    this.bucket = bucket;
  }

  /** Today's in-process bucket with {@link #configuration}'s limits, nanosecond precision. */
  static Bucket inProcess(int perSecond, long perHour) {
    LocalBucketBuilder builder = Bucket.builder().withNanosecondPrecision();
    for (Bandwidth limit : configuration(perSecond, perHour).getBandwidths()) {
      builder.addLimit(limit);
    }
    return builder.build();
  }

  /**
   * {@link #configuration} for a bucket the user builds, after checking both limits' ranges.
   *
   * @throws IllegalArgumentException when a limit is out of range
   */
  static BucketConfiguration checkedConfiguration(int perSecond, long perHour) {
    return configuration(
        ClientSettings.requirePerSecond(perSecond), ClientSettings.requirePerHour(perHour));
  }

  /** The two bandwidths described above, for any backend. */
  static BucketConfiguration configuration(int perSecond, long perHour) {
    // 98% of the limit as whole tokens: 49 per 50 s for each request per second.
    long paced = perSecond * (long) (PACING_SECONDS - 1);
    return BucketConfiguration.builder()
        .addLimit(
            limit -> limit.capacity(1).refillGreedy(paced, Duration.ofSeconds(PACING_SECONDS)))
        .addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
        .build();
  }

  /**
   * Blocks the calling thread until the next request may go.
   *
   * @throws SyncException when the bucket fails (a shared bucket's backend unreachable): no request
   *     is ever sent unpaced, so this stops every fetch
   */
  void acquire() throws InterruptedException {
    try {
      bucket.asBlocking().consume(1);
    } catch (RuntimeException e) {
      throw new SyncException(
          "rate limit bucket unavailable, no request sent: " + ApiGet.describe(rootCause(e)), e);
    }
  }

  private static Exception rootCause(RuntimeException e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause instanceof Exception root ? root : e;
  }
}
