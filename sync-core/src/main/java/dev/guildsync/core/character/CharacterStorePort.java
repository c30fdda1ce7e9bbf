package dev.guildsync.core.character;

import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.FailureBackoff;
import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.claim.LeasePort;
import java.util.List;
import java.util.Objects;

/**
 * Where characters are stored: hands out due characters under a lease and writes their outcomes.
 *
 * <p>Implementations must be thread-safe and safe to use from several processes at once: two
 * claims, from any number of instances, never hand out the same character while its lease holds.
 * How long a lease holds, how it is renewed and released, and what a crashed holder leaves behind
 * is {@link LeasePort}'s guarantee.
 */
public interface CharacterStorePort extends LeasePort {

  /**
   * Claims up to {@code query.limit()} due characters (as {@link DueQuery} defines due) under a new
   * lease that ends at {@code query.leaseUntil()}. Characters under a live lease are skipped, not
   * waited for; a character whose lease expired can be claimed again.
   *
   * @return the claimed characters, oldest sync first; an empty batch when nothing is due (never
   *     null)
   * @throws dev.guildsync.core.SyncException when the store cannot be reached or read
   */
  Claimed<DueCharacter> claimDueCharacters(DueQuery query);

  /**
   * Writes a batch of changes atomically: all of them or, on any error, none. Each change writes
   * exactly the columns {@link CharacterChange} names for its case and ends the character's lease.
   *
   * <p>Race-free guild links: a {@code Linked} guild key is written only if that guild still exists
   * at write time; otherwise {@code guild_id} is written as NULL and the character is listed in
   * {@link CharacterSaveResult#guildLinksDropped()}. No interleaving with guild deletes may raise a
   * foreign key error.
   *
   * <p>A change for a character that {@code lease} no longer holds (the lease expired and someone
   * else claimed it) is not written and is listed in {@link CharacterSaveResult#leaseLost()}.
   *
   * <p>One character's bad value never fails the batch: a change the store cannot write because of
   * its data (a value the database cannot hold, such as a NUL character in text or a time out of
   * its range) is not written; the character is parked instead (its failure counted, the reason
   * stored, not due again for a while) and listed with the reason in {@link
   * CharacterSaveResult#parked()}. Every other change of the batch is written as asked.
   *
   * @param lease the lease the changes were claimed under
   * @param changes at most one change per character; may be empty
   * @return what was written differently from what was asked (never null)
   * @throws dev.guildsync.core.SyncException when the store could not be reached or used (after any
   *     retries the implementation makes); nothing of the batch was written
   */
  CharacterSaveResult saveCharacters(Lease lease, List<CharacterChange> changes);

  /**
   * {@link #saveCharacters(Lease, List)}, parking a character whose change the store cannot write
   * for its data as the sync's own failures are: a {@link
   * dev.guildsync.core.claim.CommonChange.Failed} change with its failure count and next attempt,
   * any other change with the character's failure count one more and its next attempt {@code
   * backoff.delay(count)} after the change's time. The services call this one with their run's
   * back-off.
   *
   * <p>The default ignores {@code backoff} and calls {@link #saveCharacters(Lease, List)}, which
   * parks for an interval of the store's choosing: override both in a store that parks.
   *
   * @param backoff the run's failure back-off
   * @throws dev.guildsync.core.SyncException as {@link #saveCharacters(Lease, List)}
   */
  default CharacterSaveResult saveCharacters(
      Lease lease, List<CharacterChange> changes, FailureBackoff backoff) {
    Objects.requireNonNull(backoff, "backoff");
    return saveCharacters(lease, changes);
  }
}
