package dev.guildsync.testing.character;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfilePort;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rules 3 to 7 through the service. */
class CharacterSyncServiceTest extends SyncHarness {
  @Test
  void notFoundKeepsTheDataMarksUnavailableAndIsRecheckedAfterTheInterval() {
    GuildKey guild = guilds.add(Region.EU, BnetGuildId.of(LONG_WATCH), "The Long Watch", "ad");
    CharacterKey aeron = previouslyLinked(eu("Ærøn"), 1, guild);
    StoredCharacter before = store.get(aeron);
    profiles.script(
        eu("Ærøn"),
        FetchResult.notFound("HTTP 404"),
        FetchResult.found(TestProfiles.inGuild(eu("Ærøn"), 1, LONG_WATCH), LAST_MODIFIED));
    CharacterSyncSettings settings =
        CharacterSyncSettings.newBuilder().unavailableRecheck(Duration.ofDays(7)).build();

    CharacterSyncReport first = service(settings).run();
    StoredCharacter afterNotFound = store.get(aeron);
    clock.advance(Duration.ofDays(6));
    CharacterSyncReport tooSoon = service(settings).run();
    clock.advance(Duration.ofDays(1).plusSeconds(1));
    CharacterSyncReport recheck = service(settings).run();

    assertThat(first.notFound()).isEqualTo(1);
    assertThat(afterNotFound.available()).isFalse();
    assertThat(afterNotFound.profileColumns()).isEqualTo(before.profileColumns());
    assertThat(tooSoon.characters()).isZero();
    assertThat(recheck.updated()).isEqualTo(1);
    assertThat(store.get(aeron).available()).isTrue();
    assertThat(profiles.calls().get(1).lastModified())
        .as("an unavailable character is fetched in full, not conditionally")
        .isEmpty();
  }

  @Test
  void anIdentityChangeMarksUnavailableAndDoesNotOverwrite() {
    GuildKey guild = guilds.add(Region.EU, BnetGuildId.of(LONG_WATCH), "The Long Watch", "ad");
    CharacterKey aeron = previouslyLinked(eu("Ærøn"), 1, guild);
    StoredCharacter before = store.get(aeron);
    profiles.script(eu("Ærøn"), FetchResult.found(TestProfiles.guildless(eu("Ærøn"), 2), null));

    CharacterSyncReport report = service().run();

    StoredCharacter after = store.get(aeron);
    assertThat(report.identityChanged()).isEqualTo(1);
    assertThat(after.available()).isFalse();
    assertThat(after.profileColumns()).isEqualTo(before.profileColumns());
    assertThat(after.lastError()).contains("identity changed: stored Battle.net id 1, fetched 2");
  }

  @Test
  void notModifiedMovesOnlyTheSyncTime() {
    GuildKey guild = guilds.add(Region.EU, BnetGuildId.of(LONG_WATCH), "The Long Watch", "ad");
    CharacterKey aeron = previouslyLinked(eu("Ærøn"), 1, guild);
    StoredCharacter before = store.get(aeron);
    profiles.script(eu("Ærøn"), FetchResult.notModified());

    CharacterSyncReport report = service().run();

    StoredCharacter after = store.get(aeron);
    assertThat(report.unchanged()).isEqualTo(1);
    assertThat(after.profileColumns()).isEqualTo(before.profileColumns());
    assertThat(after.lastSyncedAt()).contains(T0);
    assertThat(profiles.calls())
        .extracting(ScriptedProfileSource.Call::lastModified)
        .containsExactly(Optional.of(LAST_MODIFIED));
  }

  @Test
  void aFailureKeepsTheDataCountsTheReasonAndBacksOff() {
    GuildKey guild = guilds.add(Region.EU, BnetGuildId.of(LONG_WATCH), "The Long Watch", "ad");
    CharacterKey aeron = previouslyLinked(eu("Ærøn"), 1, guild);
    StoredCharacter before = store.get(aeron);
    profiles.script(eu("Ærøn"), FetchResult.failed(true, "HTTP 503 after 4 attempts"));
    CharacterSyncSettings settings =
        CharacterSyncSettings.newBuilder()
            .staleAfter(Duration.ZERO)
            .failureBackoff(Duration.ofMinutes(15), Duration.ofDays(1))
            .build();

    CharacterSyncReport report = service(settings).run();
    clock.advance(Duration.ofMinutes(14));
    CharacterSyncReport tooSoon = service(settings).run();
    clock.advance(Duration.ofMinutes(1));
    CharacterSyncReport again = service(settings).run();

    StoredCharacter after = store.get(aeron);
    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.failureReasons()).containsExactly(Map.entry("HTTP 503 after 4 attempts", 1));
    assertThat(after.profileColumns()).isEqualTo(before.profileColumns());
    assertThat(after.lastSyncedAt()).isEqualTo(before.lastSyncedAt());
    assertThat(after.failureCount()).isEqualTo(2);
    assertThat(after.nextAttemptAt()).contains(T0.plus(Duration.ofMinutes(15 + 30)));
    assertThat(tooSoon.characters()).isZero();
    assertThat(again.failed()).isEqualTo(1);
  }

  @Test
  void oneFailingCharacterNeverStopsItsBatch() {
    List<CharacterKey> keys = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      keys.add(store.add(eu("Char" + i)));
      profiles.script(
          eu("Char" + i), FetchResult.found(TestProfiles.guildless(eu("Char" + i), 100 + i), null));
    }
    profiles.script(eu("Char3"), FetchResult.failed(false, "malformed JSON at line 1"));
    CharacterProfilePort throwing =
        (ref, lastModified) -> {
          if (ref.name().equals("Char7")) {
            throw new IllegalStateException("boom");
          }
          return profiles.fetchProfile(ref, lastModified);
        };

    CharacterSyncReport report = service(CharacterSyncSettings.defaults(), throwing).run();

    assertThat(report.updated()).isEqualTo(8);
    assertThat(report.failed()).isEqualTo(2);
    assertThat(report.batches()).isEqualTo(1);
    assertThat(report.failureReasons())
        .containsOnlyKeys(
            "malformed JSON at line 1", "profile source threw IllegalStateException: boom");
    assertThat(store.get(keys.get(9)).level()).contains(80);
  }

  @Test
  void runningTwiceGivesTheSameState() {
    GuildKey guild = guilds.add(Region.EU, BnetGuildId.of(LONG_WATCH), "The Long Watch", "ad");
    for (int i = 0; i < 20; i++) {
      CharacterRef ref = eu("Char" + i);
      store.add(ref);
      profiles.script(
          ref,
          FetchResult.found(
              i % 3 == 0
                  ? TestProfiles.guildless(ref, 100 + i)
                  : TestProfiles.inGuild(ref, 100 + i, i % 2 == 0 ? LONG_WATCH : 99),
              LAST_MODIFIED));
    }
    CharacterSyncSettings everyTime =
        CharacterSyncSettings.newBuilder().staleAfter(Duration.ZERO).build();

    service(everyTime).run();
    List<StoredCharacter> once = store.all();
    clock.advance(Duration.ofMinutes(1));
    CharacterSyncReport second = service(everyTime).run();

    assertThat(second.updated()).isEqualTo(20);
    assertThat(store.all())
        .extracting(StoredCharacter::profileColumns)
        .isEqualTo(once.stream().map(StoredCharacter::profileColumns).toList());
    assertThat(store.all())
        .allSatisfy(c -> assertThat(c.lastSyncedAt()).contains(T0.plus(Duration.ofMinutes(1))));
    assertThat(store.all())
        .extracting(StoredCharacter::available, StoredCharacter::failureCount)
        .containsOnly(tuple(true, 0));
    assertThat(once)
        .filteredOn(c -> c.guild().isPresent())
        .hasSize(6)
        .allSatisfy(c -> assertThat(c.guild()).contains(guild));
  }
}
