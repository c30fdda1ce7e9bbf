package dev.guildsync.core.guild;

import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.FailureBackoff;
import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.claim.LeasePort;
import java.util.Objects;

/**
 * Where tracked guilds, their members, ranks and member events are stored: hands out due guilds
 * under a lease, reads what the rules need for one roster, and writes one guild's outcome
 * atomically, characters included.
 *
 * <p>Implementations must be thread-safe and safe to use from several processes at once: two
 * claims, from any number of instances, never hand out the same guild while its lease holds (in
 * SQL: {@code FOR UPDATE SKIP LOCKED}). How long a lease holds, how it is renewed and released, and
 * what a crashed holder leaves behind is {@link LeasePort}'s guarantee, the same as for characters.
 * They must also be safe beside a character store working on the same characters: no interleaving
 * raises a foreign key or unique-constraint error.
 */
public interface GuildStorePort extends LeasePort {

  /**
   * Claims up to {@code query.limit()} due guilds under a new lease that ends at {@code
   * query.leaseUntil()}. A guild is due exactly as {@link DueQuery} defines it for a character,
   * over the guild's lease and the guild row's own sync state ({@code next_attempt_at}, {@code
   * is_available}, {@code last_synced_at}). Guilds under a live lease are skipped, not waited for;
   * a guild whose lease expired can be claimed again.
   *
   * @return the claimed guilds, oldest sync first (never synced first); an empty batch when nothing
   *     is due (never null)
   * @throws dev.guildsync.core.SyncException when the store cannot be reached or read
   */
  Claimed<TrackedGuild> claimDueGuilds(DueQuery query);

  /**
   * Reads what the rules need to apply {@code roster} to {@code guild}: the local guild other than
   * this one that holds (the guild's region, the roster's Battle.net id), every membership row of
   * the guild (current and left) with its character's Battle.net id, every rank row, and the local
   * characters of the guild's region whose Battle.net id is a member's. A read only; no lease is
   * needed or checked.
   *
   * @return the snapshot; empty lists when the guild has no members, ranks or known characters, or
   *     no longer exists (never null)
   * @throws dev.guildsync.core.SyncException when the store cannot be reached or read
   */
  GuildSnapshot loadGuild(TrackedGuild guild, GuildRoster roster);

  /**
   * Writes one guild's change in one transaction, with a number of statements that does not grow
   * with the roster: all of it or, on any error, none. Each case writes exactly the columns {@link
   * GuildChange} names and ends the guild's lease. For a {@link GuildChange.Refreshed}:
   *
   * <ul>
   *   <li><b>Lease and existence.</b> When {@code lease} no longer holds the guild, or the guild
   *       was deleted, nothing is written ({@code LEASE_LOST}, {@code GUILD_DELETED}).
   *   <li><b>G1.</b> When the update writes a Battle.net guild id that another local guild of the
   *       region holds at write time, nothing of the roster is written and the result is {@code
   *       DUPLICATE} naming that guild; the guild's sync state is written as for {@link
   *       GuildChange.Duplicate}. Never a unique-constraint error.
   *   <li><b>Characters (G2).</b> A {@link dev.guildsync.core.guild.CharacterFromRoster} is
   *       inserted (never synced, available, with level, class and race names) unless a character
   *       of the region has its Battle.net id by then (that one is used) or holds its (realm slug,
   *       name) case-insensitively without a Battle.net id (that one is adopted: the id and roster
   *       columns are written on it). A rename or creation whose (realm slug, name) another row
   *       holds with another Battle.net id marks that row identity changed (as {@link
   *       dev.guildsync.core.character.CharacterChange.IdentityChanged} does), is not applied, and
   *       the member's rows and events are skipped when it has no character; that row is listed in
   *       {@link GuildSaveResult#identityChanged()}.
   *   <li><b>Members, ranks, events.</b> Membership rows are inserted or replaced whole; rank rows
   *       are inserted with their default name or get only their member count (a stored name is
   *       never overwritten); events are inserted. A member whose character was deleted meanwhile
   *       is skipped.
   *   <li><b>Links (G4).</b> Each linked member's {@code guild_id} becomes this guild and each
   *       unlinked member's becomes NULL where it still points at this guild, but only for a
   *       character whose {@code last_synced_at} is empty or not after {@code rosterTime} (a newer
   *       profile wins). The guild's existence is checked in the same transaction as for the
   *       character store's race-free write; deleting the guild later cascades to members, ranks
   *       and events and sets links and {@code leader_character_id} to NULL.
   * </ul>
   *
   * @param lease the lease the guild was claimed under
   * @param change the guild's change
   * @return whether and how it was written (never null)
   * @throws dev.guildsync.core.SyncException when the change could not be written; nothing of it
   *     was
   */
  GuildSaveResult saveGuild(Lease lease, GuildChange change);

  /**
   * {@link #saveGuild(Lease, GuildChange)}, parking a guild whose change the store cannot write for
   * its data ({@code PARKED}) as the sync's own failures are: a {@link
   * dev.guildsync.core.claim.CommonChange.Failed} change with its failure count and next attempt,
   * any other change with the guild's failure count one more and its next attempt {@code
   * backoff.delay(count)} after the change's time. The service calls this one with its run's
   * back-off.
   *
   * <p>The default ignores {@code backoff} and calls {@link #saveGuild(Lease, GuildChange)}, which
   * parks for an interval of the store's choosing: override both in a store that parks.
   *
   * @param backoff the run's failure back-off
   * @throws dev.guildsync.core.SyncException as {@link #saveGuild(Lease, GuildChange)}
   */
  default GuildSaveResult saveGuild(Lease lease, GuildChange change, FailureBackoff backoff) {
    Objects.requireNonNull(backoff, "backoff");
    return saveGuild(lease, change);
  }
}
