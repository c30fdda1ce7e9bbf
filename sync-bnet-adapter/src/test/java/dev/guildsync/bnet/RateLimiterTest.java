package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The pacing margin is 2% of the limit at every limit, low ones included. */
class RateLimiterTest {

  /** A bandwidth's steady refill, in tokens per second. */
  static double perSecond(Bandwidth bandwidth) {
    return bandwidth.getRefillTokens() * 1e9 / bandwidth.getRefillPeriodNanos();
  }

  @Test
  void theMarginIsProportionalToTheLimit() {
    assertThat(perSecond(RateLimiter.configuration(100, 36_000).getBandwidths()[0]))
        .isCloseTo(98.0, within(1e-9));
    assertThat(perSecond(RateLimiter.configuration(10, 36_000).getBandwidths()[0]))
        .isCloseTo(9.8, within(1e-9));
    assertThat(perSecond(RateLimiter.configuration(5, 36_000).getBandwidths()[0]))
        .isCloseTo(4.9, within(1e-9));
    assertThat(perSecond(RateLimiter.configuration(1, 36_000).getBandwidths()[0]))
        .isCloseTo(0.98, within(1e-9));
  }

  @Test
  void fivePerSecondLetsFortyNineThroughInTenSecondsNotForty() {
    AtomicLong nanos = new AtomicLong();
    TimeMeter clock =
        new TimeMeter() {
          @Override
          public long currentTimeNanos() {
            return nanos.get();
          }

          @Override
          public boolean isWallClockBased() {
            return false;
          }
        };
    var builder = Bucket.builder().withCustomTimePrecision(clock);
    for (Bandwidth limit : RateLimiter.configuration(5, 36_000).getBandwidths()) {
      builder.addLimit(limit);
    }
    Bucket bucket = builder.build();
    int granted = 0;
    long step = Duration.ofMillis(1).toNanos();
    for (long t = 0; t < Duration.ofSeconds(10).toNanos(); t += step) {
      nanos.set(t);
      if (bucket.tryConsume(1)) {
        granted++;
      }
    }
    // The first token is the bucket's capacity; then 4.9 per second for 10 s.
    assertThat(granted).isEqualTo(1 + 48);
  }
}
