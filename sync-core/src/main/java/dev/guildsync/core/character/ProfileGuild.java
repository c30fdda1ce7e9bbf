package dev.guildsync.core.character;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.internal.Checks;
import java.util.Objects;

/**
 * The guild a character profile names, in Battle.net's terms.
 *
 * @param bnetGuildId the guild's Battle.net id (per region)
 * @param name the guild's display name; no NUL, at most 256 characters
 * @param realmSlug the guild's realm slug; no NUL, at most 256 characters
 */
public record ProfileGuild(BnetGuildId bnetGuildId, String name, String realmSlug) {
  /**
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException when the name or slug holds a NUL or is too long
   */
  public ProfileGuild {
    Objects.requireNonNull(bnetGuildId, "bnetGuildId");
    Checks.requireStorableText(name, "guild name");
    Checks.requireStorableText(realmSlug, "guild realmSlug");
  }
}
