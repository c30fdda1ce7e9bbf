package dev.guildsync.bnet;

import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.RosterFetchResult;
import java.util.Optional;

/** The guild roster endpoint: one {@link Endpoint} and one {@link ApiGet#get} call. Thread-safe. */
final class RosterFetcher {
  private final ApiGet api;
  private final RosterMapper mapper;

  RosterFetcher(ApiGet api, RosterMapper mapper) {
    this.api = api;
    this.mapper = mapper;
  }

  RosterFetchResult fetch(GuildRef guild, Optional<String> lastModified) {
    // The members' references take the guild's region, so the mapper needs it.
    Endpoint<GuildRoster> roster =
        new Endpoint<>(
            "roster", BoundedBody.ROSTER_MAX_BYTES, body -> mapper.roster(body, guild.region()));
    return ApiResults.fold(
        api.get(roster, guild.region(), PathSegments.guildPath(guild), lastModified, guild),
        RosterFetchResult.Found::new,
        RosterFetchResult::notModified,
        RosterFetchResult::notFound,
        RosterFetchResult::failed);
  }
}
