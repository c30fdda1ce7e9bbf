package dev.guildsync.testing.guild;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildRank;
import dev.guildsync.testing.character.InMemoryCharacterStore;
import dev.guildsync.testing.character.InMemoryGuilds;
import dev.guildsync.testing.character.StoredCharacter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A {@link GuildStoreFixture} over the in-memory fakes; its parts are public for service tests. */
public final class InMemoryGuildStoreFixture implements GuildStoreFixture {
  /** The guilds table. */
  public final InMemoryGuilds guilds = new InMemoryGuilds();

  /** The characters table. */
  public final InMemoryCharacterStore characters = new InMemoryCharacterStore(guilds);

  /** The guild store. */
  public final InMemoryGuildStore store = new InMemoryGuildStore(guilds, characters);

  /** The guild registry. */
  public final InMemoryGuildRegistry registry = new InMemoryGuildRegistry(guilds);

  @Override
  public InMemoryGuildStore store() {
    return store;
  }

  @Override
  public InMemoryGuildRegistry registry() {
    return registry;
  }

  @Override
  public InMemoryCharacterStore characterStore() {
    return characters;
  }

  @Override
  public GuildKey addGuild(Region region, String realmSlug, String name) {
    return guilds.track(region, realmSlug, name);
  }

  @Override
  public void deleteGuild(GuildKey key) {
    guilds.delete(key);
  }

  @Override
  public CharacterKey addCharacter(
      CharacterRef ref,
      Optional<BnetCharacterId> id,
      Optional<Instant> lastSyncedAt,
      Optional<GuildKey> guild) {
    CharacterKey key = characters.add(ref);
    characters.put(RosterCharacterRows.known(key, ref, id, lastSyncedAt, guild));
    return key;
  }

  @Override
  public void nameRank(GuildKey guild, int rank, String name) {
    store.nameRank(guild, rank, name);
  }

  @Override
  public StoredGuild readGuild(GuildKey key) {
    return store.guild(key);
  }

  @Override
  public List<GuildKey> guildsWithId(Region region, long bnetGuildId) {
    return guilds.holder(region, BnetGuildId.of(bnetGuildId)).stream().toList();
  }

  @Override
  public List<StoredMember> members(GuildKey guild) {
    return store.members(guild);
  }

  @Override
  public List<GuildRank> ranks(GuildKey guild) {
    return store.ranks(guild);
  }

  @Override
  public List<StoredEvent> events(GuildKey guild) {
    return store.events(guild);
  }

  @Override
  public StoredCharacter readCharacter(CharacterKey key) {
    return characters.get(key);
  }

  @Override
  public Optional<StoredCharacter> characterWithId(Region region, long bnetCharacterId) {
    return characters.all().stream()
        .filter(c -> c.ref().region() == region)
        .filter(c -> c.bnetCharacterId().equals(Optional.of(BnetCharacterId.of(bnetCharacterId))))
        .findFirst();
  }
}
