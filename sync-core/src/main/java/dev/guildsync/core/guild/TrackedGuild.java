package dev.guildsync.core.guild;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.Faction;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.claim.SyncState;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A tracked guild as a store hands it out in a claim: what the rules need of the guild row.
 *
 * @param key the local key ({@code guilds.id})
 * @param ref region, realm slug and guild slug to fetch the roster with
 * @param name the guild's name as stored
 * @param bnetGuildId the Battle.net id, once a roster taught it (G1); empty before
 * @param faction the stored faction; empty when unknown
 * @param memberCount the stored member count; empty before the first roster
 * @param leader the stored guild master ({@code leader_character_id}); empty when none
 * @param state its sync state: available (false after a 404 or 403, G7), the last completed check,
 *     the roster's stored {@code Last-Modified}, consecutive failures
 */
public record TrackedGuild(
    GuildKey key,
    GuildRef ref,
    String name,
    Optional<BnetGuildId> bnetGuildId,
    Optional<Faction> faction,
    OptionalInt memberCount,
    Optional<CharacterKey> leader,
    SyncState state) {
  /**
   * @throws NullPointerException when a component is null
   */
  public TrackedGuild {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bnetGuildId, "bnetGuildId");
    Objects.requireNonNull(faction, "faction");
    Objects.requireNonNull(memberCount, "memberCount");
    Objects.requireNonNull(leader, "leader");
    Objects.requireNonNull(state, "state");
  }

  /** A guild tracked by name only, never synced: what a newly tracked row looks like. */
  public static TrackedGuild fresh(GuildKey key, GuildRef ref, String name) {
    return new TrackedGuild(
        key,
        ref,
        name,
        Optional.empty(),
        Optional.empty(),
        OptionalInt.empty(),
        Optional.empty(),
        SyncState.neverSynced());
  }
}
