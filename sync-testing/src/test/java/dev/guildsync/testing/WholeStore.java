package dev.guildsync.testing;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterSaveResult;
import dev.guildsync.core.character.CharacterStorePort;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.character.GuildLookupPort;
import dev.guildsync.core.character.GuildRegistryPort;
import dev.guildsync.core.character.ProfileGuild;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.guild.GuildChange;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildSaveResult;
import dev.guildsync.core.guild.GuildSnapshot;
import dev.guildsync.core.guild.GuildStorePort;
import dev.guildsync.core.guild.TrackedGuild;
import dev.guildsync.testing.guild.InMemoryGuildStoreFixture;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every store port in one object over one in-memory world, as {@code JooqStore} is over one
 * database: what {@code GuildSync.Builder.store} takes.
 */
final class WholeStore
    implements CharacterStorePort, GuildLookupPort, GuildStorePort, GuildRegistryPort {
  final InMemoryGuildStoreFixture world = new InMemoryGuildStoreFixture();

  @Override
  public Claimed<DueCharacter> claimDueCharacters(DueQuery query) {
    return world.characters.claimDueCharacters(query);
  }

  @Override
  public CharacterSaveResult saveCharacters(Lease lease, List<CharacterChange> changes) {
    return world.characters.saveCharacters(lease, changes);
  }

  @Override
  public Map<BnetGuildId, GuildKey> findGuildKeys(Region region, Set<BnetGuildId> ids) {
    return world.guilds.findGuildKeys(region, ids);
  }

  @Override
  public Claimed<TrackedGuild> claimDueGuilds(DueQuery query) {
    return world.store.claimDueGuilds(query);
  }

  @Override
  public GuildSnapshot loadGuild(TrackedGuild guild, GuildRoster roster) {
    return world.store.loadGuild(guild, roster);
  }

  @Override
  public GuildSaveResult saveGuild(Lease lease, GuildChange change) {
    return world.store.saveGuild(lease, change);
  }

  @Override
  public GuildKey trackGuild(Region region, String realmSlug, String name) {
    return world.registry.trackGuild(region, realmSlug, name);
  }

  @Override
  public Map<BnetGuildId, GuildKey> registerGuilds(Region region, Collection<ProfileGuild> guilds) {
    return world.registry.registerGuilds(region, guilds);
  }

  @Override
  public Set<GuildKey> followGuilds(Region region, Collection<ProfileGuild> guilds) {
    return world.registry.followGuilds(region, guilds);
  }

  /** A lease holds characters or guilds; renewing and releasing it in both is harmless. */
  @Override
  public Lease renew(Lease lease, Instant until) {
    world.store.renew(lease, until);
    return world.characters.renew(lease, until);
  }

  @Override
  public void release(Lease lease) {
    world.store.release(lease);
    world.characters.release(lease);
  }
}
