package dev.guildsync.core.character;

import dev.guildsync.core.claim.DueQuery;
import java.time.Instant;
import java.util.Optional;

/** The definition of {@link DueQuery} as a predicate, for stores that filter in Java. */
public final class DueRule {
  private DueRule() {}

  /** Why a character is due. */
  public enum Reason {
    /** Its profile is to be fetched. */
    PROFILE,
    /** Only its status is to be checked (Blizzard's retention rule). */
    STATUS
  }

  /**
   * Whether a character with this sync state is due under {@code query}, with no activity or
   * retention state (it counts as active, and is never due for a status check).
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
    return dueFor(
            query,
            new DueState(
                available,
                lastSyncedAt,
                nextAttemptAt,
                leaseUntil,
                Optional.empty(),
                false,
                Optional.empty(),
                false))
        .isPresent();
  }

  /**
   * Why a character in {@code state} is due under {@code query}: a profile sync wins over a status
   * check (a fetched profile validates too).
   *
   * @return the reason; empty when it is not due
   */
  public static Optional<Reason> dueFor(DueQuery query, DueState state) {
    Instant now = query.now();
    if (state.leaseUntil().isPresent() && state.leaseUntil().get().isAfter(now)) {
      return Optional.empty();
    }
    if (state.nextAttemptAt().isPresent() && state.nextAttemptAt().get().isAfter(now)) {
      return Optional.empty();
    }
    if (profileDue(query, state)) {
      return Optional.of(Reason.PROFILE);
    }
    if (statusDue(query, state)) {
      return Optional.of(Reason.STATUS);
    }
    return Optional.empty();
  }

  private static boolean profileDue(DueQuery query, DueState state) {
    if (state.lastSyncedAt().isEmpty()) {
      return true;
    }
    Instant threshold;
    if (!state.available()) {
      threshold = query.unavailableBefore();
    } else if (isIdle(query, state.lastLogin())) {
      threshold = query.idleStaleBefore();
    } else {
      threshold = query.staleBefore();
    }
    return state.lastSyncedAt().get().isBefore(threshold);
  }

  /** Idle: the last login is known and strictly before {@code activeSince}. */
  public static boolean isIdle(DueQuery query, Optional<Instant> lastLogin) {
    return lastLogin.isPresent() && lastLogin.get().isBefore(query.activeSince());
  }

  private static boolean statusDue(DueQuery query, DueState state) {
    if (query.validatedBefore().isEmpty() || !state.hasBnetId() || state.invalidated()) {
      return false;
    }
    return state.lastValidatedAt().isEmpty()
        || state.lastValidatedAt().get().isBefore(query.validatedBefore().get());
  }
}
