package dev.guildsync.jooq;

import static dev.guildsync.jooq.GuildRosters.found;
import static dev.guildsync.jooq.GuildRosters.member;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildSyncReport;
import dev.guildsync.core.guild.GuildSyncService;
import dev.guildsync.core.guild.MemberEventKind;
import dev.guildsync.testing.MutableClock;
import dev.guildsync.testing.guild.ScriptedRosterSource;
import dev.guildsync.testing.guild.StoredEvent;
import dev.guildsync.testing.guild.StoredMember;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A guild's life over seven runs of the guild sync on PostgreSQL: join, rank change, a miss, the
 * confirmed leave, the rejoin, a rename in place and a rename into a name another character holds.
 */
class GuildMembershipRunsIT {
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void membersJoinChangeRankLeaveRejoinAndAreRenamedInPlace() {
    JooqGuildStoreFixture fixture = JooqGuildStoreFixture.empty();
    GuildKey key = fixture.registry().trackGuild(Region.EU, GuildRosters.REALM, "The Long Watch");
    CharacterKey squatter =
        fixture.addCharacter(
            new CharacterRef(Region.EU, GuildRosters.REALM, "Taken"),
            Optional.of(BnetCharacterId.of(99)),
            Optional.empty(),
            Optional.empty());
    ScriptedRosterSource rosters =
        new ScriptedRosterSource()
            .script(
                GuildRosters.LONG_WATCH,
                found(List.of(member(1, "Aeron", 0), member(2, "Kenion", 5), member(3, "Ivy", 5))),
                found(List.of(member(1, "Aeron", 0), member(2, "Kenion", 3))),
                found(List.of(member(1, "Aeron", 0), member(2, "Kenion", 3))),
                found(List.of(member(1, "Aeron", 0), member(2, "Kenion", 3), member(3, "Ivy", 5))),
                found(List.of(member(1, "Aeron", 0), member(2, "Kenny", 3), member(3, "Ivy", 5))),
                found(List.of(member(1, "Aeron", 0), member(2, "Taken", 3), member(3, "Ivy", 5))));
    MutableClock clock = new MutableClock(T0);
    GuildSyncService sync =
        GuildSyncService.newBuilder()
            .guildStore(fixture.store())
            .rosterSource(rosters)
            .clock(clock)
            .build();

    GuildSyncReport first = sync.run();
    CharacterKey ivy = fixture.characterWithId(Region.EU, 3).orElseThrow().key();
    CharacterKey kenion = fixture.characterWithId(Region.EU, 2).orElseThrow().key();
    assertThat(first.joined()).isEqualTo(3);
    assertThat(first.charactersCreated()).isEqualTo(3);
    clock.advance(Duration.ofHours(7));
    assertThat(sync.run().rankChanged()).isEqualTo(1);
    assertThat(row(fixture, key, ivy).leftAt()).as("one miss is not a leave").isEmpty();
    clock.advance(Duration.ofHours(7));
    Instant leftAt = clock.instant();
    assertThat(sync.run().left()).isEqualTo(1);
    assertThat(row(fixture, key, ivy).leftAt()).contains(leftAt);
    assertThat(fixture.readCharacter(ivy).guild()).isEmpty();
    clock.advance(Duration.ofHours(7));
    assertThat(sync.run().rejoined()).isEqualTo(1);
    assertThat(row(fixture, key, ivy).leftAt()).isEmpty();
    assertThat(fixture.readCharacter(ivy).guild()).contains(key);
    clock.advance(Duration.ofHours(7));
    assertThat(sync.run().renamed()).isEqualTo(1);
    assertThat(fixture.readCharacter(kenion).ref().name()).isEqualTo("Kenny");
    clock.advance(Duration.ofHours(7));
    GuildSyncReport collision = sync.run();

    assertThat(collision.failed()).isZero();
    assertThat(fixture.readCharacter(squatter).available()).as("identity changed").isFalse();
    assertThat(fixture.readCharacter(kenion).ref().name()).isEqualTo("Kenny");
    assertThat(fixture.events(key))
        .filteredOn(e -> e.character().equals(ivy))
        .extracting(StoredEvent::kind)
        .containsExactly(MemberEventKind.JOINED, MemberEventKind.LEFT, MemberEventKind.REJOINED);
    assertThat(fixture.events(key))
        .filteredOn(e -> e.character().equals(kenion))
        .extracting(StoredEvent::detail)
        // The store refused the blocked rename, so it records and reports no event for it.
        .containsExactly("", "5 -> 3", "Kenion@argent-dawn -> Kenny@argent-dawn");
    assertThat(collision.renamed()).isZero();
    assertThat(fixture.members(key)).hasSize(3);
  }

  private static StoredMember row(
      JooqGuildStoreFixture fixture, GuildKey guild, CharacterKey character) {
    return fixture.members(guild).stream()
        .filter(m -> m.character().equals(character))
        .findFirst()
        .orElseThrow();
  }
}
