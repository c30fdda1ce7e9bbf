package dev.guildsync.simulator;

import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildSlug;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One simulated guild as it is now, with its roster body rendered once. It is served under the slug
 * of its name, like Battle.net's hrefs.
 */
record GuildState(
    Region region,
    GuildRoster roster,
    boolean available,
    Instant lastModified,
    String lastModifiedHeader,
    byte[] json) {

  static GuildState of(Region region, GuildRoster roster, boolean available, Instant modified) {
    Instant seconds = modified.truncatedTo(ChronoUnit.SECONDS);
    return new GuildState(
        region,
        roster,
        available,
        seconds,
        World.HTTP_DATE.format(seconds),
        GuildJson.roster(region, roster));
  }

  GuildRef ref() {
    return new GuildRef(region, roster.realmSlug(), GuildSlug.fromName(roster.name()));
  }

  /** The key the roster is served under. */
  World.Key key() {
    GuildRef ref = ref();
    return World.Key.of(region, ref.realmSlug(), ref.nameSlug());
  }
}
