package dev.guildsync.core.character;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link DueRule} reads of a stored character.
 *
 * @param available the {@code is_available} flag
 * @param lastSyncedAt the last completed check; empty when never synced
 * @param nextAttemptAt the end of a failure back-off; empty when none
 * @param leaseUntil the end of the current lease; empty when none
 * @param lastLogin the last login the last profile showed; empty when unknown (counts as active)
 * @param hasBnetId whether a Battle.net character id is recorded (nothing to check otherwise)
 * @param lastValidatedAt when it was last validated; empty when never
 * @param invalidated whether a status check called it invalid and nothing validated it since
 */
public record DueState(
    boolean available,
    Optional<Instant> lastSyncedAt,
    Optional<Instant> nextAttemptAt,
    Optional<Instant> leaseUntil,
    Optional<Instant> lastLogin,
    boolean hasBnetId,
    Optional<Instant> lastValidatedAt,
    boolean invalidated) {
  public DueState {
    Objects.requireNonNull(lastSyncedAt, "lastSyncedAt");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    Objects.requireNonNull(leaseUntil, "leaseUntil");
    Objects.requireNonNull(lastLogin, "lastLogin");
    Objects.requireNonNull(lastValidatedAt, "lastValidatedAt");
  }
}
