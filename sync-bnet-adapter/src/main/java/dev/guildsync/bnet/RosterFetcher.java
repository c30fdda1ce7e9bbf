package dev.guildsync.bnet;

import dev.guildsync.core.FetchResult;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildRoster;
import java.util.Objects;
import java.util.Optional;

/**
 * The guild roster endpoint: one {@link Endpoint} and one {@link ApiGet#get} call, after the
 * arguments and the client's open state are checked. Thread-safe.
 */
final class RosterFetcher {
  private final ClientResources client;
  private final RosterMapper mapper;

  RosterFetcher(ClientResources client) {
    this.client = client;
    this.mapper = new RosterMapper(client.json());
  }

  FetchResult<GuildRoster> fetchRoster(GuildRef guild, Optional<String> lastModified) {
    Objects.requireNonNull(guild, "guild");
    Objects.requireNonNull(lastModified, "lastModified");
    ApiGet api = client.api();
    // The members' references take the guild's region, so the mapper needs it.
    Endpoint<GuildRoster> roster =
        new Endpoint<>(
            "roster", BoundedBody.ROSTER_MAX_BYTES, body -> mapper.roster(body, guild.region()));
    return api.get(roster, guild.region(), PathSegments.guildPath(guild), lastModified, guild);
  }
}
