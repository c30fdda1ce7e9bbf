package dev.guildsync.jooq;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** {@link Instant} to and from jOOQ's {@code TIMESTAMPTZ} type, always in UTC. */
final class Timestamps {
  private Timestamps() {}

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static Optional<Instant> instant(OffsetDateTime value) {
    return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
  }
}
