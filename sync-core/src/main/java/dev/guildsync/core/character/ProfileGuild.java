package dev.guildsync.core.character;

import dev.guildsync.core.BnetGuildId;
import java.util.Objects;

/**
 * The guild a character profile names, in Battle.net's terms.
 *
 * @param bnetGuildId the guild's Battle.net id (per region)
 * @param name the guild's display name
 * @param realmSlug the guild's realm slug
 */
public record ProfileGuild(BnetGuildId bnetGuildId, String name, String realmSlug) {
  public ProfileGuild {
    Objects.requireNonNull(bnetGuildId, "bnetGuildId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(realmSlug, "realmSlug");
  }
}
