package dev.guildsync.core.guild;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.Faction;
import java.util.Objects;
import java.util.Optional;

/**
 * The guild row's data columns as a roster sets them.
 *
 * @param bnetGuildId {@code bnet_guild_id} (G1)
 * @param name the guild's display name
 * @param nameSlug the guild slug the next roster request uses
 * @param realmSlug the guild's realm slug
 * @param faction the faction; empty keeps the stored one
 * @param memberCount the roster's member count
 */
public record GuildData(
    BnetGuildId bnetGuildId,
    String name,
    String nameSlug,
    String realmSlug,
    Optional<Faction> faction,
    int memberCount) {
  /**
   * @throws IllegalArgumentException when {@code memberCount} is negative
   */
  public GuildData {
    Objects.requireNonNull(bnetGuildId, "bnetGuildId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(nameSlug, "nameSlug");
    Objects.requireNonNull(realmSlug, "realmSlug");
    Objects.requireNonNull(faction, "faction");
    if (memberCount < 0) {
      throw new IllegalArgumentException("memberCount must not be negative: " + memberCount);
    }
  }
}
