package dev.guildsync.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The guild story's clock: the system's UTC time plus an advance the demo moves on, so that a wait
 * of an hour (an unavailable guild's recheck) takes no time. It starts at real time because the
 * simulator stamps roster changes with real time, and the guild sync compares the two (G4).
 * Thread-safe.
 */
final class DemoClock extends Clock {
  private volatile Duration advance = Duration.ZERO;

  /** Moves this clock on by {@code by}, at once. */
  void advance(Duration by) {
    Objects.requireNonNull(by, "by");
    synchronized (this) {
      advance = advance.plus(by);
    }
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(advance);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the demo's clock is UTC only");
  }
}
