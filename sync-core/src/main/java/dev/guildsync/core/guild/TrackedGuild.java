package dev.guildsync.core.guild;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.Faction;
import dev.guildsync.core.GuildKey;
import java.time.Instant;
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
 * @param available false after a 404 or 403 (G7)
 * @param lastSyncedAt the last completed check; empty when never synced
 * @param lastModified the roster's {@code Last-Modified} from the last successful fetch
 * @param failureCount consecutive failed syncs so far
 */
public record TrackedGuild(
    GuildKey key,
    GuildRef ref,
    String name,
    Optional<BnetGuildId> bnetGuildId,
    Optional<Faction> faction,
    OptionalInt memberCount,
    Optional<CharacterKey> leader,
    boolean available,
    Optional<Instant> lastSyncedAt,
    Optional<String> lastModified,
    int failureCount) {
  /**
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException when {@code failureCount} is negative
   */
  public TrackedGuild {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bnetGuildId, "bnetGuildId");
    Objects.requireNonNull(faction, "faction");
    Objects.requireNonNull(memberCount, "memberCount");
    Objects.requireNonNull(leader, "leader");
    Objects.requireNonNull(lastSyncedAt, "lastSyncedAt");
    Objects.requireNonNull(lastModified, "lastModified");
    if (failureCount < 0) {
      throw new IllegalArgumentException("failureCount must not be negative: " + failureCount);
    }
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
        true,
        Optional.empty(),
        Optional.empty(),
        0);
  }
}
