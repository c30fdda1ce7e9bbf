package dev.guildsync.core.guild;

import dev.guildsync.core.Names;
import dev.guildsync.core.Region;

/**
 * Names a guild the way Battle.net's roster endpoint does: region, realm slug and guild slug. The
 * slugs end up in a request path, so they are checked as {@link dev.guildsync.core.CharacterRef}'s
 * are (no {@code / \ ? # %}, {@code ..}, control characters; 1 to 64 characters).
 *
 * @param region the guild's region
 * @param realmSlug the Battle.net realm slug, opaque, e.g. {@code argent-dawn}
 * @param nameSlug the guild slug, e.g. {@code the-long-watch} (see {@link GuildSlug})
 */
public record GuildRef(Region region, String realmSlug, String nameSlug) {
  /**
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException naming the bad value when a slug is unsafe
   */
  public GuildRef {
    Names.requireRealmPath(region, realmSlug, nameSlug, "guild slug");
  }

  @Override
  public String toString() {
    return Names.realmPath(region, realmSlug, nameSlug);
  }
}
