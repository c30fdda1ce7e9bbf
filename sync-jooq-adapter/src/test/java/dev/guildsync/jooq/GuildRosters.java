package dev.guildsync.jooq;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Faction;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.FailureBackoff;
import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.guild.GuildChange;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildStorePort;
import dev.guildsync.core.guild.GuildSyncRules;
import dev.guildsync.core.guild.RosterMember;
import dev.guildsync.core.guild.TrackedGuild;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Rosters for the guild ITs, and one roster's change decided by the real rules. */
final class GuildRosters {
  static final String REALM = "argent-dawn";
  static final long GUILD_ID = 115248327L;
  static final String LAST_MODIFIED = "Tue, 24 Nov 2026 09:00:00 GMT";
  static final GuildRef LONG_WATCH = new GuildRef(Region.EU, REALM, "the-long-watch");

  private static final GuildSyncRules RULES =
      new GuildSyncRules(new FailureBackoff(Duration.ofMinutes(15), Duration.ofDays(1)), 2);

  private GuildRosters() {}

  /** A level 80 member of the EU realm. */
  static RosterMember member(long id, String name, int rank) {
    return new RosterMember(
        BnetCharacterId.of(id), new CharacterRef(Region.EU, REALM, name), 80, 2, 3, rank);
  }

  /** The Long Watch's roster with these members. */
  static GuildRoster roster(List<RosterMember> members) {
    return new GuildRoster(
        BnetGuildId.of(GUILD_ID), "The Long Watch", REALM, Optional.of(Faction.ALLIANCE), members);
  }

  /** A roster as Battle.net answers it, with {@link #LAST_MODIFIED}. */
  static FetchResult<GuildRoster> found(List<RosterMember> members) {
    return FetchResult.found(roster(members), LAST_MODIFIED);
  }

  /** A claim of every due guild at {@code now}, with a 6 h stale and a 10 min lease. */
  static Claimed<TrackedGuild> claim(GuildStorePort store, Instant now) {
    return store.claimDueGuilds(
        new DueQuery(
            now, now.minus(Duration.ofHours(6)), now.minus(Duration.ofDays(7)), 100, LEASE));
  }

  private static final Duration LEASE = Duration.ofMinutes(10);

  /** A guild claimed, with the change the rules decide for {@code members} at {@code now}. */
  record Decided(Lease lease, GuildChange change) {}

  static Decided decide(
      GuildStorePort store, GuildKey key, Instant now, List<RosterMember> members) {
    Claimed<TrackedGuild> batch = claim(store, now);
    TrackedGuild guild =
        batch.items().stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow();
    GuildRoster roster = roster(members);
    GuildChange change =
        RULES.decide(
            guild, FetchResult.found(roster, LAST_MODIFIED), store.loadGuild(guild, roster), now);
    return new Decided(batch.lease(), change);
  }
}
