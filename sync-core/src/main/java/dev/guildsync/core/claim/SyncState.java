package dev.guildsync.core.claim;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A claimed item's sync state, whatever the item: what its store hands out with it so the rules can
 * choose the request and the back-off. Immutable.
 *
 * @param available false after Battle.net stopped serving the item (a 404 or 403, a character's
 *     identity change)
 * @param lastSyncedAt the last completed check; empty when never synced
 * @param lastModified the {@code Last-Modified} stored by the last successful fetch
 * @param failureCount consecutive failed syncs so far
 */
public record SyncState(
    boolean available,
    Optional<Instant> lastSyncedAt,
    Optional<String> lastModified,
    int failureCount) {
  /**
   * @throws NullPointerException when an optional is null
   * @throws IllegalArgumentException when {@code failureCount} is negative
   */
  public SyncState {
    Objects.requireNonNull(lastSyncedAt, "lastSyncedAt");
    Objects.requireNonNull(lastModified, "lastModified");
    if (failureCount < 0) {
      throw new IllegalArgumentException("failureCount must not be negative: " + failureCount);
    }
  }

  /** The state of an item never synced: available, no {@code Last-Modified}, no failures. */
  public static SyncState neverSynced() {
    return new SyncState(true, Optional.empty(), Optional.empty(), 0);
  }

  /**
   * The {@code Last-Modified} to send with the next request: the stored one when the item is
   * available; empty when it is not, so a returning item is fetched (and checked) in full.
   */
  public Optional<String> lastModifiedToSend() {
    return available ? lastModified : Optional.empty();
  }
}
