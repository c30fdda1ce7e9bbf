package dev.guildsync.bnet;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An OAuth access token and when to replace it. {@link #toString()} never shows the value.
 *
 * @param value the bearer token; secret
 * @param expiresAt when Battle.net stops accepting it
 * @param refreshAt when to fetch a new one proactively: one tenth of its lifetime, at most 60 s,
 *     before {@code expiresAt}
 */
record AccessToken(String value, Instant expiresAt, Instant refreshAt) {
  private static final Duration MAX_MARGIN = Duration.ofSeconds(60);

  AccessToken {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(refreshAt, "refreshAt");
  }

  static AccessToken issued(String value, Instant requestedAt, Duration lifetime) {
    Duration tenth = lifetime.dividedBy(10);
    Duration margin = tenth.compareTo(MAX_MARGIN) < 0 ? tenth : MAX_MARGIN;
    Instant expiresAt = requestedAt.plus(lifetime);
    return new AccessToken(value, expiresAt, expiresAt.minus(margin));
  }

  boolean isUsable(Instant now) {
    return now.isBefore(expiresAt);
  }

  boolean isFresh(Instant now) {
    return now.isBefore(refreshAt);
  }

  @Override
  public String toString() {
    return "AccessToken[value=<redacted>, expiresAt=" + expiresAt + "]";
  }
}
