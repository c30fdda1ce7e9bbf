package dev.guildsync.bnet;

import dev.guildsync.core.FetchResult;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildRoster;
import java.util.Optional;

/** The guild roster endpoint: one {@link Endpoint} and one {@link ApiGet#get} call. Thread-safe. */
final class RosterFetcher {
  private final ApiGet api;
  private final RosterMapper mapper;

  RosterFetcher(ApiGet api, RosterMapper mapper) {
    this.api = api;
    this.mapper = mapper;
  }

  FetchResult<GuildRoster> fetchRoster(GuildRef guild, Optional<String> lastModified) {
    // The members' references take the guild's region, so the mapper needs it.
    Endpoint<GuildRoster> roster =
        new Endpoint<>(
            "roster", BoundedBody.ROSTER_MAX_BYTES, body -> mapper.roster(body, guild.region()));
    return api.get(roster, guild.region(), PathSegments.guildPath(guild), lastModified, guild);
  }
}
