package dev.guildsync.testing.guild;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterStorePort;
import dev.guildsync.core.character.GuildRegistryPort;
import dev.guildsync.core.guild.GuildRank;
import dev.guildsync.core.guild.GuildStorePort;
import dev.guildsync.testing.character.StoredCharacter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the guild port contract tests need from an implementation: the ports under test, and a way
 * to set up and read rows behind their backs. Implement it over your own schema to run {@link
 * GuildStorePortContract} and {@link GuildRegistryPortContract} against your adapter. Each test
 * asks for a fixture once and expects it empty.
 */
public interface GuildStoreFixture {

  /** The guild store under test. */
  GuildStorePort store();

  /** The guild registry under test. */
  GuildRegistryPort registry();

  /** The character store over the same rows (a purge through it must reach the guild tables). */
  CharacterStorePort characterStore();

  /** Inserts a guild with only region, realm and name, as a user tracking it would. */
  GuildKey addGuild(Region region, String realmSlug, String name);

  /** Deletes a guild as an application would (cascades and SET NULL apply). */
  void deleteGuild(GuildKey key);

  /** Inserts a character with the given identity, sync time and guild link. */
  CharacterKey addCharacter(
      CharacterRef ref,
      Optional<BnetCharacterId> id,
      Optional<Instant> lastSyncedAt,
      Optional<GuildKey> guild);

  /** Names a rank as a user would. */
  void nameRank(GuildKey guild, int rank, String name);

  /**
   * Reads a guild row.
   *
   * @throws AssertionError when there is none
   */
  StoredGuild readGuild(GuildKey key);

  /** Every guild row's key in the region with this Battle.net guild id (at most one). */
  List<GuildKey> guildsWithId(Region region, long bnetGuildId);

  /** The guild's membership rows, current and left. */
  List<StoredMember> members(GuildKey guild);

  /** The guild's rank rows, by rank. */
  List<GuildRank> ranks(GuildKey guild);

  /** The guild's events, in the order recorded. */
  List<StoredEvent> events(GuildKey guild);

  /**
   * Reads a character row.
   *
   * @throws AssertionError when there is none
   */
  StoredCharacter readCharacter(CharacterKey key);

  /** The character of the region with this Battle.net id, if any. */
  Optional<StoredCharacter> characterWithId(Region region, long bnetCharacterId);
}
