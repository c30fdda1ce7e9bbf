package dev.guildsync.core.character;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.GuildKey;
import java.util.Map;
import java.util.Optional;

/**
 * Rule 1: which local guild a synced character links to. The lookup key is the character's region
 * plus the Battle.net guild id, because Battle.net ids are per region; the answer is a local key
 * that the lookup returned, or none. The Battle.net id itself is never a candidate.
 */
final class GuildLinkRule {
  private GuildLinkRule() {}

  /**
   * Links a character to its guild.
   *
   * @param guild the guild the profile names; empty when guildless
   * @param trackedInRegion the lookup's answer for the character's region: tracked Battle.net ids
   *     to local keys
   * @return {@link GuildLink.Guildless} when there is no guild, {@link GuildLink.Linked} with the
   *     local key when the guild is tracked, {@link GuildLink.Untracked} otherwise
   */
  static GuildLink link(Optional<ProfileGuild> guild, Map<BnetGuildId, GuildKey> trackedInRegion) {
    if (guild.isEmpty()) {
      return new GuildLink.Guildless();
    }
    ProfileGuild membership = guild.get();
    GuildKey key = trackedInRegion.get(membership.bnetGuildId());
    return key == null
        ? new GuildLink.Untracked(membership)
        : new GuildLink.Linked(key, membership);
  }
}
