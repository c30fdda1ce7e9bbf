package dev.guildsync.core.claim;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Rule 6's back-off: after the n-th consecutive failure an item (a character, a guild) waits {@code
 * base * 2^(n-1)}, at most {@code max}, before it is due again.
 *
 * @param base the wait after the first failure, positive
 * @param max the longest wait, not shorter than {@code base}
 */
public record FailureBackoff(Duration base, Duration max) {
  /** The syncs' default: 15 minutes after the first failure, doubling up to one day. */
  public static final FailureBackoff DEFAULT =
      new FailureBackoff(Duration.ofMinutes(15), Duration.ofDays(1));

  public FailureBackoff {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(max, "max");
    if (base.isNegative() || base.isZero()) {
      throw new IllegalArgumentException("failure back-off must be positive: " + base);
    }
    if (max.compareTo(base) < 0) {
      throw new IllegalArgumentException(
          "maximum failure back-off " + max + " is shorter than the base " + base);
    }
  }

  /** How long to wait after {@code failureCount} consecutive failures (at least one). */
  public Duration delay(int failureCount) {
    if (failureCount <= 0) {
      throw new IllegalArgumentException("failureCount must be positive: " + failureCount);
    }
    int doublings = Math.min(failureCount - 1, 40);
    Duration delay = base;
    for (int i = 0; i < doublings && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }

  /** When an item that failed for the {@code failureCount}-th time at {@code now} is due. */
  public Instant nextAttempt(Instant now, int failureCount) {
    return now.plus(delay(failureCount));
  }
}
