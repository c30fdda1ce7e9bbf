package dev.guildsync.bnet;

import dev.guildsync.core.SyncException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.local.LocalBucket;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Paces requests under both of Battle.net's quotas (per second and per hour) with one Bucket4j
 * bucket: in-process by default, or a shared one on any Bucket4j backend. Thread-safe; one per
 * client, shared by every thread and every retry.
 *
 * <p>Battle.net counts requests per wall-clock second. A token bucket with capacity {@code C} and
 * greedy refill {@code R}/s can let {@code C + R} through in one such second, so the per-second
 * bandwidth has capacity 1 (no burst) and a refill 1% under the quota at every limit (100/s paces
 * at 99/s, 5/s at 4.95/s): requests leave evenly spaced, so a wall-clock second sees more than the
 * quota only when requests reach the counter unevenly late by more than ~10 ms of each second.
 *
 * <p>Waiting threads reserve their slot, so they go in arrival order; a shared bucket costs one
 * remote call per request, the wait is local. Two things keep each request at its slot. The thread
 * waits until the slot's instant on the bucket's clock (the time it reserved with, plus the wait it
 * returned), not for the wait counted from when the call returned: a shared bucket's commit and
 * round trip and its millisecond clock would otherwise make each send late by a varying amount. A
 * thread that wakes up more than {@value #LATE_MILLIS} ms after its slot (a busy CPU, a GC pause)
 * gives the slot up and reserves the next free one, once: sent that late it would bunch with the
 * requests of the slots after it and could carry one more into the next second.
 */
final class RateLimiter {
  /** The per-second refill is counted over this many seconds, one of them left out: 1%. */
  private static final int PACING_SECONDS = 100;

  /** A thread later than this after its slot reserves again. */
  static final int LATE_MILLIS = 5;

  private static final long LATE_NANOS = Duration.ofMillis(LATE_MILLIS).toNanos();

  /** A millisecond clock's reading may lie this far before the instant it was read. */
  private static final long TRUNCATION_NANOS = Duration.ofMillis(1).toNanos();

  private final Bucket bucket;
  private final LongSupplier bucketClock;
  private final BlockingStrategy parking;

  RateLimiter(Bucket bucket) {
    // An in-process bucket says which clock it counts with; every distributed backend of Bucket4j
    // counts with a wall clock (nanoseconds since the epoch), as its builders require.
    this(
        bucket,
        bucket instanceof LocalBucket local
            ? local.getTimeMeter()::currentTimeNanos
            : RateLimiter::epochNanos,
        BlockingStrategy.PARKING);
  }

  RateLimiter(Bucket bucket, LongSupplier bucketClock, BlockingStrategy parking) {
    this.bucket = bucket;
    this.bucketClock = bucketClock;
    this.parking = parking;
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
    // 99% of the limit as whole tokens: 99 per 100 s for each request per second.
    long paced = perSecond * (long) (PACING_SECONDS - 1);
    return BucketConfiguration.builder()
        .addLimit(
            limit -> limit.capacity(1).refillGreedy(paced, Duration.ofSeconds(PACING_SECONDS)))
        .addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
        .build();
  }

  /** A shared bucket's key: SHA-256 of the client id, its first 8 bytes as a long. */
  static long bucketKey(String clientId) {
    byte[] id = Objects.requireNonNull(clientId, "clientId").getBytes(StandardCharsets.UTF_8);
    try {
      return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(id)).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * Blocks the calling thread until the next request may go.
   *
   * @throws SyncException when the bucket fails (a shared bucket's backend unreachable): no request
   *     is ever sent unpaced, so this stops every fetch
   */
  void acquire() throws InterruptedException {
    if (!waitForSlot()) {
      waitForSlot();
    }
  }

  /** Reserves a slot and waits for it; false when the thread woke up too late to use it. */
  private boolean waitForSlot() throws InterruptedException {
    Reservation reservation = new Reservation();
    long before = bucketClock.getAsLong();
    long operationTime;
    try {
      operationTime =
          bucket.asBlocking().asVerbose().consume(1, reservation).getOperationTimeNanos();
    } catch (RuntimeException e) {
      throw new SyncException(
          "rate limit bucket unavailable, no request sent: " + ApiGet.describe(rootCause(e)), e);
    }
    long now = bucketClock.getAsLong();
    if (operationTime < before - TRUNCATION_NANOS || operationTime > now) {
      // Not this host's clock (a backend that counts with its own): the slot's instant is unknown.
      parking.park(reservation.nanos);
      return true;
    }
    long slot = operationTime + reservation.nanos;
    parking.park(Math.max(0, slot - now));
    return bucketClock.getAsLong() - slot <= LATE_NANOS;
  }

  /** The wall clock in nanoseconds since the epoch, to the precision the platform gives. */
  private static long epochNanos() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  /** Takes the wait Bucket4j computed instead of parking, so the limiter waits for the instant. */
  private static final class Reservation implements BlockingStrategy {
    long nanos;

    @Override
    public void park(long nanosToPark) {
      nanos = nanosToPark;
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
