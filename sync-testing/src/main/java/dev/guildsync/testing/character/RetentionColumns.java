package dev.guildsync.testing.character;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A character row's retention columns (Blizzard's 30-day rule), for assertions in tests.
 *
 * @param lastValidatedAt {@code last_validated_at}: a profile fetched with the recorded id, a 304,
 *     or a valid status
 * @param invalidatedAt {@code invalidated_at}: when the status endpoint called it invalid
 * @param purgedAt {@code purged_at}: when its Battle.net data was purged
 */
public record RetentionColumns(
    Optional<Instant> lastValidatedAt,
    Optional<Instant> invalidatedAt,
    Optional<Instant> purgedAt) {
  public RetentionColumns {
    Objects.requireNonNull(lastValidatedAt, "lastValidatedAt");
    Objects.requireNonNull(invalidatedAt, "invalidatedAt");
    Objects.requireNonNull(purgedAt, "purgedAt");
  }

  /** Never validated, never invalidated. */
  public static RetentionColumns none() {
    return new RetentionColumns(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Validated at {@code at}; any invalidation and purge cleared. */
  public static RetentionColumns validated(Instant at) {
    return new RetentionColumns(Optional.of(at), Optional.empty(), Optional.empty());
  }
}
