package dev.guildsync.testing.character;

import static dev.guildsync.testing.character.ScriptedStatusSource.answered;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterSyncOutcome;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.character.RetentionPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Blizzard's 30-day rule through the service, the in-memory store and a clock. */
class RetentionSyncTest extends SyncHarness {
  private final ScriptedStatusSource statuses = new ScriptedStatusSource();

  @Override
  CharacterSyncService service(CharacterSyncSettings settings) {
    return CharacterSyncService.newBuilder()
        .guildLookup(guilds)
        .characterStore(store)
        .profileSource(profiles)
        .statusSource(statuses)
        .clock(clock)
        .settings(settings)
        .build();
  }

  private static CharacterSyncSettings policy(RetentionPolicy policy) {
    return CharacterSyncSettings.newBuilder().retention(policy).build();
  }

  /** A linked character whose profile answers 404 from now on, validated a day ago. */
  private CharacterKey goneSinceYesterday(GuildKey guild) {
    CharacterKey aeron = previouslyLinked(eu("Ærøn"), 1, guild);
    store.putRetention(aeron, RetentionColumns.validated(T0.minus(Duration.ofDays(1))));
    profiles.script(eu("Ærøn"), FetchResult.notFound("HTTP 404"));
    return aeron;
  }

  /**
   * Runs 29 days on (the weekly profile recheck answers 404 again) and stops a second later: the 30
   * days since the last validation are over and no profile is due, so a status check is.
   */
  private void reachStatusCheck(CharacterSyncSettings settings) {
    clock.advance(Duration.ofDays(29));
    service(settings).run();
    clock.advance(Duration.ofSeconds(1));
  }

  private GuildKey longWatch() {
    return guilds.add(Region.EU, BnetGuildId.of(LONG_WATCH), "The Long Watch", "ad");
  }

  @Test
  void aCharacterSyncedAnywayNeverCostsAStatusRequest() {
    profiles.script(eu("Ærøn"), FetchResult.found(TestProfiles.guildless(eu("Ærøn"), 1), null));
    CharacterKey aeron = store.add(eu("Ærøn"));

    for (int day = 0; day < 90; day++) {
      service(CharacterSyncSettings.defaults()).run();
      clock.advance(Duration.ofDays(1));
    }

    assertThat(statuses.calls()).isZero();
    assertThat(profiles.callCount(eu("Ærøn")))
        .as("an idle character (last login a year ago) every 8th day: idle stale-after 7 days")
        .isEqualTo(12);
    assertThat(store.retention(aeron).lastValidatedAt()).contains(T0.plus(Duration.ofDays(88)));
  }

  @Test
  void aNotFoundCharacterIsCheckedThirtyDaysAfterItsLastValidationAndPurged() {
    GuildKey guild = longWatch();
    CharacterKey aeron = goneSinceYesterday(guild);
    CharacterSyncSettings settings = CharacterSyncSettings.defaults();

    service(settings).run();
    int checksBefore = 0;
    for (int day = 1; day < 29; day++) {
      clock.advance(Duration.ofDays(1));
      service(settings).run();
      checksBefore += statuses.calls();
    }
    assertThat(checksBefore).as("no status check within 30 days of the last validation").isZero();
    clock.advance(Duration.ofDays(1).plusSeconds(1));
    CharacterSyncReport report = service(settings).run();

    StoredCharacter purged = store.get(aeron);
    assertThat(statuses.callCount(eu("Ærøn"))).isEqualTo(1);
    assertThat(report.retention().purged()).isEqualTo(1);
    assertThat(report.count(CharacterSyncOutcome.PURGED)).isEqualTo(1);
    assertThat(purged.available()).isFalse();
    assertThat(purged.guild()).isEmpty();
    assertThat(purged.level()).isEmpty();
    assertThat(purged.characterClass()).isEmpty();
    assertThat(purged.lastLogin()).isEmpty();
    assertThat(purged.lastModified()).isEmpty();
    assertThat(purged.bnetCharacterId()).as("the tombstone's identity").isPresent();
    assertThat(purged.ref()).isEqualTo(eu("Ærøn"));
    assertThat(store.retention(aeron).purgedAt()).contains(clock.instant());
    clock.advance(Duration.ofDays(40));
    service(settings).run();
    assertThat(statuses.callCount(eu("Ærøn")))
        .as("a purged character is not checked again")
        .isEqualTo(1);
  }

  @Test
  void aValidStatusWithTheSameIdValidatesForAnotherThirtyDays() {
    CharacterKey aeron = goneSinceYesterday(longWatch());
    statuses.script(eu("Ærøn"), answered(1, true));
    CharacterSyncSettings settings = CharacterSyncSettings.defaults();
    reachStatusCheck(settings);

    CharacterSyncReport report = service(settings).run();
    clock.advance(Duration.ofDays(29));
    service(settings).run();
    clock.advance(Duration.ofDays(1).plusSeconds(1));
    service(settings).run();

    assertThat(report.retention().validated()).isEqualTo(1);
    assertThat(store.get(aeron).level()).contains(70);
    assertThat(statuses.callCount(eu("Ærøn"))).isEqualTo(2);
    assertThat(store.retention(aeron).lastValidatedAt()).contains(clock.instant());
  }

  @Test
  void isValidFalseAndAnotherIdPurgeToo() {
    GuildKey guild = longWatch();
    CharacterKey aeron = goneSinceYesterday(guild);
    CharacterKey kenion = previouslyLinked(eu("Keniön"), 2, guild);
    store.putRetention(kenion, RetentionColumns.validated(T0.minus(Duration.ofDays(1))));
    profiles.script(eu("Keniön"), FetchResult.notFound("HTTP 404"));
    statuses.script(eu("Ærøn"), answered(1, false)).script(eu("Keniön"), answered(99, true));
    reachStatusCheck(CharacterSyncSettings.defaults());

    CharacterSyncReport report = service(CharacterSyncSettings.defaults()).run();

    assertThat(report.retention().purged()).isEqualTo(2);
    assertThat(store.get(aeron).level()).isEmpty();
    assertThat(store.get(kenion).lastError()).get().asString().contains("Battle.net id 99");
  }

  @Test
  void deleteDeletesTheRow() {
    CharacterKey aeron = goneSinceYesterday(longWatch());
    reachStatusCheck(policy(RetentionPolicy.DELETE));

    CharacterSyncReport report = service(policy(RetentionPolicy.DELETE)).run();

    assertThat(report.retention().deleted()).isEqualTo(1);
    assertThat(store.exists(aeron)).isFalse();
  }

  @Test
  void keepOnlyMarks() {
    CharacterKey aeron = goneSinceYesterday(longWatch());
    StoredCharacter before = store.get(aeron);
    reachStatusCheck(policy(RetentionPolicy.KEEP));

    CharacterSyncReport report = service(policy(RetentionPolicy.KEEP)).run();

    assertThat(report.retention().markedInvalid()).isEqualTo(1);
    assertThat(store.get(aeron).profileColumns()).isEqualTo(before.profileColumns());
    assertThat(store.get(aeron).available()).isFalse();
    assertThat(store.retention(aeron).invalidatedAt()).contains(clock.instant());
    assertThat(store.retention(aeron).purgedAt()).isEmpty();
  }

  @Test
  void aFailedStatusRequestBacksOffLikeAProfileFailure() {
    CharacterKey aeron = goneSinceYesterday(longWatch());
    statuses.script(eu("Ærøn"), new FetchResult.Failed<>(true, "HTTP 503"), answered(1, true));
    reachStatusCheck(CharacterSyncSettings.defaults());

    CharacterSyncReport failed = service(CharacterSyncSettings.defaults()).run();
    CharacterSyncReport tooSoon = service(CharacterSyncSettings.defaults()).run();
    clock.advance(Duration.ofMinutes(15));
    CharacterSyncReport retried = service(CharacterSyncSettings.defaults()).run();

    assertThat(failed.failed()).isEqualTo(1);
    assertThat(failed.failureReasons()).containsKey("status: HTTP 503");
    assertThat(tooSoon.characters()).isZero();
    assertThat(retried.retention().validated()).isEqualTo(1);
    assertThat(store.get(aeron).failureCount()).isZero();
  }

  @Test
  void aPurgedCharacterComesBackOnlyWithAProfileOfTheSameId() {
    CharacterKey aeron = goneSinceYesterday(longWatch());
    reachStatusCheck(CharacterSyncSettings.defaults());
    service(CharacterSyncSettings.defaults()).run();
    profiles.script(
        eu("Ærøn"),
        FetchResult.found(TestProfiles.guildless(eu("Ærøn"), 2), null),
        FetchResult.found(TestProfiles.guildless(eu("Ærøn"), 1), null));

    clock.advance(Duration.ofDays(8));
    service(CharacterSyncSettings.defaults()).run();
    boolean stillPurged = store.retention(aeron).purgedAt().isPresent();
    clock.advance(Duration.ofDays(8));
    service(CharacterSyncSettings.defaults()).run();

    assertThat(stillPurged).as("another id does not un-purge").isTrue();
    assertThat(store.get(aeron).available()).isTrue();
    assertThat(store.get(aeron).level()).isPresent();
    assertThat(store.retention(aeron)).isEqualTo(RetentionColumns.validated(clock.instant()));
  }

  @Test
  void withoutAStatusSourceNothingIsHandedOutForAStatusCheck() {
    goneSinceYesterday(longWatch());
    clock.advance(Duration.ofDays(40));
    CharacterSyncService withoutStatuses =
        CharacterSyncService.newBuilder()
            .guildLookup(guilds)
            .characterStore(store)
            .profileSource(profiles)
            .clock(clock)
            .build();

    CharacterSyncReport recheck = withoutStatuses.run();
    CharacterSyncReport report = withoutStatuses.run();

    assertThat(recheck.notFound()).isEqualTo(1);
    assertThat(report.characters()).isZero();
    assertThat(statuses.calls()).isZero();
  }
}
