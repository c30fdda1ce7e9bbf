package dev.guildsync.testing.guild;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.GuildSyncReport;
import dev.guildsync.testing.character.ScriptedProfileSource;
import dev.guildsync.testing.character.ScriptedStatusSource;
import dev.guildsync.testing.character.TestProfiles;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * Blizzard's retention rule in the guild sync: a purged character loses its memberships and is not
 * re-created or re-linked from a roster that still lists it, until a newer roster or its profile
 * shows it valid again.
 */
class PurgedMemberSyncTest extends GuildSyncHarness {
  private final ScriptedProfileSource profiles = new ScriptedProfileSource();
  private final ScriptedStatusSource statuses = new ScriptedStatusSource();

  private CharacterSyncReport characterSync() {
    return CharacterSyncService.newBuilder()
        .guildLookup(world.guilds)
        .characterStore(world.characters)
        .profileSource(profiles)
        .statusSource(statuses)
        .clock(clock)
        .build()
        .run();
  }

  private static FetchResult<GuildRoster> rosterModifiedAt(Instant at) {
    return FetchResult.found(
        TestRosters.roster(
            LONG_WATCH, "The Long Watch", REALM, eu(1, "Ærøn", 3), eu(2, "Keniön", 0)),
        DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC)));
  }

  /** Ærøn joins from a roster, answers 404 on profile and status, and is purged. */
  private CharacterKey purgedAeron(GuildKey guild) {
    rosters.script(LONG_WATCH_REF, rosterModifiedAt(T0.minus(Duration.ofHours(1))));
    service().run();
    CharacterKey aeron = world.characterWithId(Region.EU, 1).orElseThrow().key();
    profiles.script(eu(1, "Ærøn", 3).character(), FetchResult.notFound("HTTP 404"));
    profiles.script(
        eu(2, "Keniön", 0).character(),
        FetchResult.found(TestProfiles.guildless(eu(2, "Keniön", 0).character(), 2), null));

    CharacterSyncReport report = characterSync();

    assertThat(report.notFound()).as("the profile first: never synced").isEqualTo(1);
    assertThat(report.retention().purged())
        .as("then, in the same run, the status check it is due for (never validated)")
        .isEqualTo(1);
    return aeron;
  }

  @Test
  void aPurgeDeletesTheMembershipsAndTheLink() {
    GuildKey guild = trackLongWatch();
    CharacterKey aeron = purgedAeron(guild);

    assertThat(world.members(guild)).noneMatch(m -> m.character().equals(aeron));
    assertThat(world.readCharacter(aeron).guild()).isEmpty();
  }

  @Test
  void aRosterNotNewerThanThePurgeDoesNotBringItBack() {
    GuildKey guild = trackLongWatch();
    CharacterKey aeron = purgedAeron(guild);
    rosters.script(LONG_WATCH_REF, rosterModifiedAt(clock.instant()));

    GuildSyncReport report = runLater();

    assertThat(report.charactersCreated()).isZero();
    assertThat(report.joined()).isZero();
    assertThat(world.members(guild)).noneMatch(m -> m.character().equals(aeron));
    assertThat(world.readCharacter(aeron).guild()).isEmpty();
    assertThat(world.characters.all()).filteredOn(c -> c.ref().name().equals("Ærøn")).hasSize(1);
  }

  @Test
  void aRosterWithoutLastModifiedDoesNotBringItBack() {
    GuildKey guild = trackLongWatch();
    CharacterKey aeron = purgedAeron(guild);
    rosters.script(LONG_WATCH_REF, longWatch(eu(1, "Ærøn", 3), eu(2, "Keniön", 0)));

    runLater();

    assertThat(world.readCharacter(aeron).guild()).isEmpty();
  }

  @Test
  void aRosterNewerThanThePurgeShowsItValidAgain() {
    GuildKey guild = trackLongWatch();
    CharacterKey aeron = purgedAeron(guild);
    rosters.script(LONG_WATCH_REF, rosterModifiedAt(clock.instant().plus(Duration.ofMinutes(30))));

    GuildSyncReport report = runLater();

    assertThat(report.joined()).isEqualTo(1);
    assertThat(world.readCharacter(aeron).guild()).contains(guild);
  }
}
