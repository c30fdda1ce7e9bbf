package dev.guildsync.testing.character;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;

/** A {@link StoreFixture} over {@link InMemoryGuilds} and {@link InMemoryCharacterStore}. */
public final class InMemoryStoreFixture implements DetailStoreFixture {
  private final InMemoryGuilds guilds = new InMemoryGuilds();
  private final InMemoryCharacterStore store = new InMemoryCharacterStore(guilds);

  @Override
  public InMemoryGuilds guildLookup() {
    return guilds;
  }

  @Override
  public InMemoryCharacterStore store() {
    return store;
  }

  @Override
  public GuildKey addGuild(Region region, BnetGuildId bnetGuildId, String name, String realmSlug) {
    return guilds.add(region, bnetGuildId, name, realmSlug);
  }

  @Override
  public void deleteGuild(GuildKey key) {
    guilds.delete(key);
  }

  @Override
  public CharacterKey addCharacter(CharacterRef ref) {
    return store.add(ref);
  }

  @Override
  public StoredCharacter read(CharacterKey key) {
    return store.get(key);
  }

  @Override
  public RetentionColumns readRetention(CharacterKey key) {
    store.get(key);
    return store.retention(key);
  }

  @Override
  public StoredDetails readDetails(CharacterKey key) {
    return store.details(key);
  }

  @Override
  public boolean exists(CharacterKey key) {
    return store.exists(key);
  }
}
