package dev.guildsync.core.character;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Adds and corrects tracked guild rows from outside the guild sync: a user tracking a guild by
 * name, and the character sync applying what profiles say about guilds (G8, G9).
 *
 * <p>Implementations must be thread-safe and safe to use from several processes at once: concurrent
 * registrations of one guild make one row (in SQL: {@code INSERT ... ON CONFLICT DO NOTHING} on
 * {@code UNIQUE (region, bnet_guild_id)}, then a read), never a unique-constraint error.
 */
public interface GuildRegistryPort {

  /**
   * Tracks a guild by region, realm slug and name: returns the key of the guild with that region,
   * realm slug and name (compared case-insensitively) or inserts one with no Battle.net id, due for
   * a guild sync. Idempotent and race-free.
   *
   * @return the guild's local key (never null)
   * @throws IllegalArgumentException when the realm slug or the name's slug is unsafe in a path
   * @throws dev.guildsync.core.SyncException when the store cannot be reached or written
   */
  GuildKey trackGuild(Region region, String realmSlug, String name);

  /**
   * G9: makes sure a row tracks each of {@code guilds} in {@code region}. A guild that no row holds
   * yet is written on the row {@link #trackGuild} made for its realm slug and name (any case) when
   * that row has no Battle.net id yet (the oldest, if several), else inserted with its Battle.net
   * id, name, realm slug and a slug derived from its name, never synced, so it is due for a guild
   * sync. A guild held already is left as it is. Race-free with {@link #trackGuild}: a guild
   * tracked by name and registered by id at the same moment makes one row.
   *
   * @param region the region of every guild given
   * @param guilds the guilds, as profiles name them; may be empty; duplicates are allowed
   * @return the local key of every guild given, new or existing (never null)
   * @throws dev.guildsync.core.SyncException when the store cannot be reached or written
   */
  Map<BnetGuildId, GuildKey> registerGuilds(Region region, Collection<ProfileGuild> guilds);

  /**
   * G8: for each guild that a row tracks as (region, Battle.net id), makes the row's name, slug and
   * realm slug follow the profile's when they differ, so the next roster request finds the guild
   * instead of a 404. A row that follows becomes available and due at once, as if never synced (no
   * failure state, no {@code Last-Modified}), and leaves any claim, so a sync in flight under the
   * old name cannot write its answer over the new name. Untracked guilds are ignored.
   *
   * @param region the region of every guild given
   * @param guilds the guilds, as profiles name them; may be empty
   * @return the keys of the rows that changed; empty when none did (never null)
   * @throws dev.guildsync.core.SyncException when the store cannot be reached or written
   */
  Set<GuildKey> followGuilds(Region region, Collection<ProfileGuild> guilds);
}
