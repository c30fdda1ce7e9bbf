package dev.guildsync.core.claim;

import java.time.Instant;

/**
 * What a store that hands out work under {@link Lease}s offers for them besides claiming: renewing
 * a lease while its work is in progress, and releasing it early. Shared by every store that claims
 * (characters and guilds), so one heartbeat serves them all.
 *
 * <p><b>The guarantee a claim gives.</b> Items claimed under a lease stay reserved for their holder
 * until the lease's {@code until}. A holder that keeps working renews the lease (the core renews it
 * every third of its duration while a batch is in progress), so a slow batch keeps its items for as
 * long as it takes. A holder that crashes stops renewing: its items come back at most one lease
 * duration after its last renewal (by default one minute). A holder that fails or is stopped
 * releases its lease, and its items come back at once.
 *
 * <p>Implementations must be thread-safe: a heartbeat renews a lease from another thread while the
 * batch it holds is being fetched or saved.
 */
public interface LeasePort {

  /**
   * Extends {@code lease} to {@code until} for every item it still holds. Items it no longer holds
   * (saved, released, or claimed by someone else after the lease expired) are not taken back.
   * Renewing a lease that holds nothing any more is not an error.
   *
   * @param lease the lease to extend
   * @param until the new end, normally later than {@code lease.until()}
   * @return the lease with its new end (never null)
   * @throws dev.guildsync.core.SyncException when the store cannot be reached
   */
  Lease renew(Lease lease, Instant until);

  /**
   * Ends {@code lease} now: every item it still holds and was not saved can be claimed again at
   * once, by anyone. Nothing else about those items changes. Idempotent: releasing a lease that was
   * released, fully saved, or that expired is not an error.
   *
   * @param lease the lease to end
   * @throws dev.guildsync.core.SyncException when the store cannot be reached; the lease then ends
   *     when it expires
   */
  void release(Lease lease);
}
