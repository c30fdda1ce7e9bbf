package dev.guildsync.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The quota economy's simulated time: it stands still during a run and the economy moves it an hour
 * between runs, so that 60 days take minutes. In UTC; another zone gets a snapshot. Thread-safe.
 */
final class EconomyClock extends Clock {
  private volatile Instant now;

  EconomyClock(Instant start) {
    this.now = start;
  }

  void advance(Duration by) {
    now = now.plus(by);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(ZoneOffset.UTC) ? this : Clock.fixed(now, zone);
  }
}
