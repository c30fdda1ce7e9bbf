package dev.guildsync.core.character;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.Region;
import java.util.Objects;

/**
 * A Battle.net guild that synced characters belong to but no local guild tracks, so the caller can
 * register it.
 *
 * @param region the guild's region
 * @param bnetGuildId its Battle.net id
 * @param name its name as the last profile gave it
 * @param realmSlug its realm slug
 * @param characters how many characters of the run are in it
 */
public record UntrackedGuild(
    Region region, BnetGuildId bnetGuildId, String name, String realmSlug, int characters) {
  public UntrackedGuild {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(bnetGuildId, "bnetGuildId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(realmSlug, "realmSlug");
  }
}
