package dev.guildsync.core.claim;

import dev.guildsync.core.FetchResult;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a claimed item's sync ends when the source brought nothing to write, the same for every item:
 * Battle.net answered 304, did not serve the item, or the fetch failed. Each sync's change ({@link
 * dev.guildsync.core.character.CharacterChange}, {@link dev.guildsync.core.guild.GuildChange})
 * holds one in its {@code Common} case; its store writes the item's sync state as each case says,
 * and what else a case writes for that item is said there. Every case ends the item's lease.
 * Immutable.
 *
 * @param <K> the item's key, e.g. {@link dev.guildsync.core.CharacterKey}
 */
public sealed interface CommonChange<K> {

  /** The item this change is for. */
  K key();

  /**
   * Names this change in a sync's own outcomes.
   *
   * @return {@code unchanged}, {@code notFound} or {@code failed}, as this change is
   */
  default <E> E pick(E unchanged, E notFound, E failed) {
    if (this instanceof Unchanged) {
      return unchanged;
    }
    return this instanceof NotFound ? notFound : failed;
  }

  /** The reason of a {@link Failed} change; empty for the others. */
  default Optional<String> failureReason() {
    return this instanceof Failed<K> f ? Optional.of(f.reason()) : Optional.empty();
  }

  /**
   * The change for a result without an item: 304 is {@link Unchanged}, not found is {@link
   * NotFound}, a failure is the next {@link Failed} after {@code state}'s failures.
   *
   * @throws IllegalArgumentException when {@code result} is {@link FetchResult.Found}: an item was
   *     found, and what to write of it is the sync's to decide
   */
  static <K> CommonChange<K> of(
      K key, SyncState state, FetchResult<?> result, Instant now, FailureBackoff backoff) {
    if (result instanceof FetchResult.NotModified) {
      return new Unchanged<>(key, now);
    }
    if (result instanceof FetchResult.NotFound) {
      return new NotFound<>(key, now);
    }
    if (result instanceof FetchResult.Failed<?> failed) {
      return Failed.after(key, state, failed.reason(), now, backoff);
    }
    throw new IllegalArgumentException("a found item is not a common change");
  }

  /**
   * Battle.net answered 304. Writes {@code last_synced_at} and clears the failure state.
   *
   * @param <K> the item's key
   */
  record Unchanged<K>(K key, Instant syncedAt) implements CommonChange<K> {
    /** Checks that no component is null. */
    public Unchanged {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(syncedAt, "syncedAt");
    }
  }

  /**
   * Battle.net does not serve the item (404, 403). Writes {@code is_available = false}, {@code
   * last_synced_at} and clears the failure state; all data is kept.
   *
   * @param <K> the item's key
   */
  record NotFound<K>(K key, Instant syncedAt) implements CommonChange<K> {
    /** Checks that no component is null. */
    public NotFound {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(syncedAt, "syncedAt");
    }
  }

  /**
   * The sync failed. Writes {@code failure_count}, {@code last_error} and {@code next_attempt_at};
   * all data and {@code last_synced_at} are kept.
   *
   * @param <K> the item's key
   */
  record Failed<K>(K key, String reason, int failureCount, Instant nextAttemptAt)
      implements CommonChange<K> {
    /**
     * @throws NullPointerException when a component is null
     * @throws IllegalArgumentException when {@code failureCount} is not positive
     */
    public Failed {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
      if (failureCount <= 0) {
        throw new IllegalArgumentException("failureCount must be positive: " + failureCount);
      }
    }

    /**
     * The failure that follows {@code state}'s: one more, the next attempt after {@code backoff}
     * from {@code now}.
     */
    public static <K> Failed<K> after(
        K key, SyncState state, String reason, Instant now, FailureBackoff backoff) {
      int failures = state.failureCount() + 1;
      return new Failed<>(key, reason, failures, backoff.nextAttempt(now, failures));
    }
  }
}
