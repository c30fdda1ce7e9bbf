package dev.guildsync.testing.guild;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.GuildRegistryPort;
import dev.guildsync.core.character.ProfileGuild;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildSlug;
import dev.guildsync.testing.character.InMemoryGuilds;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link GuildRegistryPort} over an {@link InMemoryGuilds}: registrations are race-free (one row
 * per (region, Battle.net id) however many threads register it). Counts calls. Thread-safe.
 */
public final class InMemoryGuildRegistry implements GuildRegistryPort {
  private final InMemoryGuilds guilds;
  private final AtomicInteger registerCalls = new AtomicInteger();

  /** A registry writing into {@code guilds}. */
  public InMemoryGuildRegistry(InMemoryGuilds guilds) {
    this.guilds = Objects.requireNonNull(guilds, "guilds");
  }

  /** How many times {@link #registerGuilds} was called. */
  public int registerCalls() {
    return registerCalls.get();
  }

  @Override
  public GuildKey trackGuild(Region region, String realmSlug, String name) {
    new GuildRef(region, realmSlug, GuildSlug.fromName(name));
    return guilds.track(region, realmSlug, name);
  }

  @Override
  public Map<BnetGuildId, GuildKey> registerGuilds(
      Region region, Collection<ProfileGuild> toRegister) {
    Objects.requireNonNull(region, "region");
    registerCalls.incrementAndGet();
    Map<BnetGuildId, GuildKey> keys = new HashMap<>();
    for (ProfileGuild g : toRegister) {
      keys.put(
          g.bnetGuildId(),
          guilds.registerIfAbsent(region, g.bnetGuildId(), g.name(), g.realmSlug()));
    }
    return Map.copyOf(keys);
  }

  @Override
  public Set<GuildKey> followGuilds(Region region, Collection<ProfileGuild> profiles) {
    Set<GuildKey> changed = new HashSet<>();
    for (ProfileGuild g : profiles) {
      Optional<GuildKey> key = guilds.holder(region, g.bnetGuildId());
      Optional<InMemoryGuilds.Guild> row = key.flatMap(guilds::find);
      if (row.isPresent()
          && (!row.get().name().equals(g.name()) || !row.get().realm().equals(g.realmSlug()))) {
        guilds.follow(key.get(), g.name(), g.realmSlug());
        changed.add(key.get());
      }
    }
    return Set.copyOf(changed);
  }
}
