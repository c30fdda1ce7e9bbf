package dev.guildsync.core.character;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guilds a batch's found profiles name: one lookup per region for the distinct ids; with a
 * registry, G8 (tracked guilds follow the profiles' name and realm) and, under {@link
 * UntrackedGuildPolicy#REGISTER}, G9 (untracked guilds are registered and then count as tracked).
 */
final class BatchGuilds {
  private final GuildLookupPort lookup;
  private final Optional<GuildRegistryPort> registry;
  private final UntrackedGuildPolicy policy;

  BatchGuilds(
      GuildLookupPort lookup, Optional<GuildRegistryPort> registry, UntrackedGuildPolicy policy) {
    this.lookup = lookup;
    this.registry = registry;
    this.policy = policy;
    if (policy == UntrackedGuildPolicy.REGISTER && registry.isEmpty()) {
      throw new IllegalStateException("the REGISTER untracked-guild policy needs a guild registry");
    }
  }

  /** Tracked Battle.net ids to local keys, per region. */
  Map<Region, Map<BnetGuildId, GuildKey>> resolve(
      List<DueCharacter> characters, List<FetchResult<CharacterProfile>> results) {
    Map<Region, Map<BnetGuildId, ProfileGuild>> wanted = new EnumMap<>(Region.class);
    for (int i = 0; i < characters.size(); i++) {
      if (results.get(i) instanceof FetchResult.Found<CharacterProfile> found
          && found.value().guild().isPresent()) {
        ProfileGuild guild = found.value().guild().get();
        wanted
            .computeIfAbsent(characters.get(i).ref().region(), r -> new LinkedHashMap<>())
            .put(guild.bnetGuildId(), guild);
      }
    }
    Map<Region, Map<BnetGuildId, GuildKey>> tracked = new EnumMap<>(Region.class);
    wanted.forEach((region, guilds) -> tracked.put(region, resolve(region, guilds)));
    return tracked;
  }

  private Map<BnetGuildId, GuildKey> resolve(Region region, Map<BnetGuildId, ProfileGuild> guilds) {
    Map<BnetGuildId, GuildKey> keys = new HashMap<>(lookup.findGuildKeys(region, guilds.keySet()));
    if (registry.isEmpty()) {
      return keys;
    }
    List<ProfileGuild> known = new ArrayList<>();
    List<ProfileGuild> untracked = new ArrayList<>();
    guilds.forEach((id, guild) -> (keys.containsKey(id) ? known : untracked).add(guild));
    if (!known.isEmpty()) {
      registry.get().followGuilds(region, known);
    }
    if (policy == UntrackedGuildPolicy.REGISTER && !untracked.isEmpty()) {
      keys.putAll(registry.get().registerGuilds(region, untracked));
    }
    return keys;
  }
}
