package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The pacing margin is 1% of the limit at every limit, low ones included; a thread waits for its
 * slot's instant and gives a slot it woke up too late for up once. No timer: a manual clock.
 */
class RateLimiterTest {
  private static final long MS = Duration.ofMillis(1).toNanos();
  private static final long SPACING = Duration.ofSeconds(1).toNanos() / 99;

  /** A bandwidth's steady refill, in tokens per second. */
  static double perSecond(Bandwidth bandwidth) {
    return bandwidth.getRefillTokens() * 1e9 / bandwidth.getRefillPeriodNanos();
  }

  /**
   * A clock that only moves when told: each reading by the bucket moves it on by {@code callNanos}
   * (the rest of a shared bucket's call, its commit and round trip, after it read the time), and
   * each park by the time parked plus {@code lateNanos} (a late wake-up).
   */
  private static final class ManualClock implements TimeMeter {
    final AtomicLong nanos = new AtomicLong();
    final List<Long> parks = new ArrayList<>();
    long callNanos;
    long lateNanos;

    @Override
    public long currentTimeNanos() {
      return nanos.getAndAdd(callNanos);
    }

    @Override
    public boolean isWallClockBased() {
      return false;
    }

    Bucket bucket(int perSecond) {
      var builder = Bucket.builder().withCustomTimePrecision(this);
      for (Bandwidth limit : RateLimiter.configuration(perSecond, 36_000).getBandwidths()) {
        builder.addLimit(limit);
      }
      return builder.build();
    }

    RateLimiter limiter(Bucket bucket) {
      BlockingStrategy parking =
          wait -> {
            parks.add(wait);
            nanos.addAndGet(wait + lateNanos);
          };
      return new RateLimiter(bucket, nanos::get, parking);
    }
  }

  @Test
  void theMarginIsProportionalToTheLimit() {
    assertThat(perSecond(RateLimiter.configuration(100, 36_000).getBandwidths()[0]))
        .isCloseTo(99.0, within(1e-9));
    assertThat(perSecond(RateLimiter.configuration(10, 36_000).getBandwidths()[0]))
        .isCloseTo(9.9, within(1e-9));
    assertThat(perSecond(RateLimiter.configuration(5, 36_000).getBandwidths()[0]))
        .isCloseTo(4.95, within(1e-9));
    assertThat(perSecond(RateLimiter.configuration(1, 36_000).getBandwidths()[0]))
        .isCloseTo(0.99, within(1e-9));
  }

  @Test
  void fivePerSecondLetsFortyNineThroughInTenSecondsNotForty() {
    ManualClock clock = new ManualClock();
    Bucket bucket = clock.bucket(5);
    int granted = 0;
    for (long t = 0; t < Duration.ofSeconds(10).toNanos(); t += MS) {
      clock.nanos.set(t);
      if (bucket.tryConsume(1)) {
        granted++;
      }
    }
    // The first token is the bucket's capacity; then 4.95 per second for 10 s.
    assertThat(granted).isEqualTo(1 + 49);
  }

  @Test
  void aThreadWaitsForItsSlotsInstantNotForTheWaitCountedFromTheCallsReturn() throws Exception {
    ManualClock clock = new ManualClock();
    RateLimiter limiter = clock.limiter(clock.bucket(100));
    clock.callNanos = 3 * MS;

    limiter.acquire(); // the bucket's one token, at 0; the call returns at 3 ms
    limiter.acquire(); // reserved at 3 ms for the slot at 1/99 s; the call returns at 6 ms

    // Counted from the return, the wait (1/99 s - 3 ms) would send at 1/99 s + 3 ms.
    assertThat(clock.parks).containsExactly(0L, SPACING - 6 * MS);
    assertThat(clock.nanos.get()).as("the second send is at its slot").isEqualTo(SPACING);
  }

  @Test
  void aThreadThatWakesUpTooLateGivesItsSlotUpOnceAndTakesTheNext() throws Exception {
    ManualClock clock = new ManualClock();
    RateLimiter limiter = clock.limiter(clock.bucket(100));
    limiter.acquire();

    clock.lateNanos = RateLimiter.LATE_MILLIS * MS + 1;
    limiter.acquire();

    // Slot 1 missed by more than the allowance, so slot 2 reserved; missed too, but sent.
    assertThat(clock.parks).containsExactly(0L, SPACING, SPACING - clock.lateNanos);
    assertThat(clock.nanos.get()).isEqualTo(2 * SPACING + clock.lateNanos);
  }

  @Test
  void aWakeUpWithinTheAllowanceKeepsItsSlot() throws Exception {
    ManualClock clock = new ManualClock();
    clock.lateNanos = RateLimiter.LATE_MILLIS * MS;
    RateLimiter limiter = clock.limiter(clock.bucket(100));

    limiter.acquire();
    limiter.acquire();

    assertThat(clock.parks).containsExactly(0L, SPACING - clock.lateNanos);
  }

  @Test
  void aBucketCountingWithAnotherClockGetsTheWholeWaitItReturned() throws Exception {
    ManualClock clock = new ManualClock();
    Bucket bucket = clock.bucket(100);
    clock.callNanos = 3 * MS;
    List<Long> parks = new ArrayList<>();
    // This host's clock an hour ahead of the one the bucket counts with.
    RateLimiter limiter =
        new RateLimiter(
            bucket, () -> clock.nanos.get() + Duration.ofHours(1).toNanos(), parks::add);

    limiter.acquire();
    limiter.acquire();

    assertThat(parks).containsExactly(0L, SPACING - 3 * MS);
  }
}
