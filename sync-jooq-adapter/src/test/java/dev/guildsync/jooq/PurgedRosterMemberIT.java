package dev.guildsync.jooq;

import static dev.guildsync.jooq.GuildRosters.found;
import static dev.guildsync.jooq.GuildRosters.member;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildSyncService;
import dev.guildsync.testing.MutableClock;
import dev.guildsync.testing.character.ScriptedProfileSource;
import dev.guildsync.testing.character.ScriptedStatusSource;
import dev.guildsync.testing.character.TestProfiles;
import dev.guildsync.testing.guild.ScriptedRosterSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Blizzard's retention rule across both syncs on PostgreSQL: a purge deletes the member's {@code
 * guild_members} row (V3), a roster not newer than the purge does not bring it back, a newer one
 * does.
 */
class PurgedRosterMemberIT {
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void aPurgedMemberStaysOutOfOlderRosters() {
    JooqGuildStoreFixture fixture = JooqGuildStoreFixture.empty();
    GuildKey guild = fixture.registry().trackGuild(Region.EU, GuildRosters.REALM, "The Long Watch");
    FetchResult<GuildRoster> listed = found(List.of(member(1, "Aeron", 3), member(2, "Kenion", 0)));
    ScriptedRosterSource rosters =
        new ScriptedRosterSource()
            .script(
                GuildRosters.LONG_WATCH,
                listed,
                listed,
                FetchResult.found(
                    ((FetchResult.Found<GuildRoster>) listed).value(),
                    "Wed, 25 Nov 2026 09:00:00 GMT"));
    MutableClock clock = new MutableClock(T0);
    GuildSyncService guilds =
        GuildSyncService.newBuilder()
            .guildStore(fixture.store())
            .rosterSource(rosters)
            .clock(clock)
            .build();
    assertThat(guilds.run().joined()).isEqualTo(2);
    CharacterKey aeron = fixture.characterWithId(Region.EU, 1).orElseThrow().key();
    ScriptedProfileSource profiles =
        new ScriptedProfileSource()
            .script(fixture.readCharacter(aeron).ref(), FetchResult.notFound("HTTP 404"));
    profiles.script(
        fixture.characterWithId(Region.EU, 2).orElseThrow().ref(),
        FetchResult.found(
            TestProfiles.guildless(fixture.characterWithId(Region.EU, 2).orElseThrow().ref(), 2),
            null));
    ScriptedStatusSource statuses = new ScriptedStatusSource();
    clock.advance(Duration.ofHours(1));

    CharacterSyncReport characters =
        CharacterSyncService.newBuilder()
            .guildLookup(fixture.characterStore())
            .characterStore(fixture.characterStore())
            .profileSource(profiles)
            .statusSource(statuses)
            .clock(clock)
            .build()
            .run();
    boolean memberAfterPurge =
        fixture.members(guild).stream().anyMatch(m -> m.character().equals(aeron));
    clock.advance(Duration.ofHours(7));
    int joinedFromOldRoster = guilds.run().joined();
    boolean linkedFromOldRoster = fixture.readCharacter(aeron).guild().isPresent();
    clock.advance(Duration.ofHours(24));
    int joinedFromNewRoster = guilds.run().joined();

    assertThat(characters.retention().purged()).isEqualTo(1);
    assertThat(memberAfterPurge).as("the purge deleted the membership").isFalse();
    assertThat(joinedFromOldRoster).isZero();
    assertThat(linkedFromOldRoster).isFalse();
    assertThat(fixture.characterWithId(Region.EU, 1)).isPresent();
    assertThat(joinedFromNewRoster).as("a roster newer than the purge").isEqualTo(1);
    assertThat(fixture.readCharacter(aeron).guild()).contains(guild);
  }
}
