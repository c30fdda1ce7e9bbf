package dev.guildsync.core.character;

import java.time.Instant;
import java.util.Optional;

/** The definition of {@link DueQuery} as a predicate, for stores that filter in Java. */
public final class DueRule {
  private DueRule() {}

  /**
   * Whether a character with this sync state is due under {@code query}.
   *
   * @param available the {@code is_available} flag
   * @param lastSyncedAt the last completed check; empty when never synced
   * @param nextAttemptAt the end of a failure back-off; empty when none
   * @param leaseUntil the end of the current lease; empty when none
   */
  public static boolean isDue(
      DueQuery query,
      boolean available,
      Optional<Instant> lastSyncedAt,
      Optional<Instant> nextAttemptAt,
      Optional<Instant> leaseUntil) {
    Instant now = query.now();
    if (leaseUntil.isPresent() && leaseUntil.get().isAfter(now)) {
      return false;
    }
    if (nextAttemptAt.isPresent() && nextAttemptAt.get().isAfter(now)) {
      return false;
    }
    if (lastSyncedAt.isEmpty()) {
      return true;
    }
    Instant threshold = available ? query.staleBefore() : query.unavailableBefore();
    return lastSyncedAt.get().isBefore(threshold);
  }
}
