package dev.guildsync.testing.guild;

import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildSyncReport;
import dev.guildsync.core.guild.GuildSyncService;
import dev.guildsync.core.guild.GuildSyncSettings;
import dev.guildsync.core.guild.RosterMember;
import dev.guildsync.testing.MutableClock;
import dev.guildsync.testing.character.StoredCharacter;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The world every guild service test runs in: the in-memory ports, a fixed clock, helpers. */
abstract class GuildSyncHarness {
  static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  static final long LONG_WATCH = 115248327L;
  static final String REALM = "argent-dawn";
  static final GuildRef LONG_WATCH_REF = new GuildRef(Region.EU, REALM, "the-long-watch");

  final MutableClock clock = new MutableClock(T0);
  final InMemoryGuildStoreFixture world = new InMemoryGuildStoreFixture();
  final ScriptedRosterSource rosters = new ScriptedRosterSource();

  GuildSyncService service() {
    return service(GuildSyncSettings.newBuilder().staleAfter(Duration.ZERO).build());
  }

  GuildSyncService service(GuildSyncSettings settings) {
    return GuildSyncService.newBuilder()
        .guildStore(world.store)
        .rosterSource(rosters)
        .clock(clock)
        .settings(settings)
        .build();
  }

  /** Runs a sync an hour after the last. */
  GuildSyncReport runLater() {
    clock.advance(Duration.ofHours(1));
    return service().run();
  }

  GuildKey trackLongWatch() {
    return world.addGuild(Region.EU, REALM, "The Long Watch");
  }

  static RosterMember eu(long id, String name, int rank) {
    return TestRosters.member(Region.EU, REALM, id, name, rank);
  }

  static FetchResult<GuildRoster> longWatch(RosterMember... members) {
    return FetchResult.found(
        TestRosters.roster(LONG_WATCH, "The Long Watch", REALM, members), null);
  }

  StoredMember memberOf(GuildKey guild, long bnetCharacterId) {
    StoredCharacter character = world.characterWithId(Region.EU, bnetCharacterId).orElseThrow();
    return world.members(guild).stream()
        .filter(m -> m.character().equals(character.key()))
        .findFirst()
        .orElseThrow();
  }

  Optional<GuildKey> linkOf(long bnetCharacterId) {
    return world.characterWithId(Region.EU, bnetCharacterId).orElseThrow().guild();
  }
}
