package dev.guildsync.testing.character;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterStorePort;
import dev.guildsync.core.character.GuildLookupPort;

/**
 * What the port contract tests need from an implementation: the ports under test, and a way to set
 * up and read rows behind their backs. Implement it over your own schema to run {@link
 * GuildLookupPortContract} and {@link CharacterStorePortContract} against your adapter.
 *
 * <p>Each contract test asks for a fixture once, before the test, and expects it empty.
 */
public interface StoreFixture {

  /** The guild lookup under test. */
  GuildLookupPort guildLookup();

  /** The character store under test. */
  CharacterStorePort store();

  /** Inserts a guild and returns its local key. */
  GuildKey addGuild(Region region, BnetGuildId bnetGuildId, String name, String realmSlug);

  /** Deletes a guild, as an application would: characters linked to it keep no dangling key. */
  void deleteGuild(GuildKey key);

  /**
   * Inserts a character with only the contract columns set (never synced, available), as an
   * application would, and returns its local key.
   */
  CharacterKey addCharacter(CharacterRef ref);

  /**
   * Reads a character row.
   *
   * @throws AssertionError when there is no such row
   */
  StoredCharacter read(CharacterKey key);
}
