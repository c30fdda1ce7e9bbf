package dev.guildsync.jooq;

import static dev.guildsync.jooq.Changes.T0;
import static dev.guildsync.jooq.Changes.eu;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterSaveResult;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.character.ClaimedCharacters;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.character.DueQuery;
import dev.guildsync.core.character.GuildLink;
import dev.guildsync.core.character.ProfileFetchResult;
import dev.guildsync.core.testing.MutableClock;
import dev.guildsync.core.testing.character.ScriptedProfileSource;
import dev.guildsync.core.testing.character.StoredCharacter;
import dev.guildsync.core.testing.character.TestProfiles;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Defence in depth: a value PostgreSQL refuses, in one change of a batch of 150, never fails the
 * batch. The other 149 are written, the one is parked with the database's reason, and it is not
 * claimed again before its back-off.
 */
class PoisonValueIT {
  private static final int BATCH = 150;
  private static final Duration LEASE = Duration.ofMinutes(1);

  /** Values a Battle.net answer could carry that PostgreSQL cannot store. */
  enum Poison {
    NUL_IN_CLASS("invalid byte sequence", b -> b.characterClass("Pala\u0000din")),
    NUL_IN_SPEC("invalid byte sequence", b -> b.activeSpec("\u0000")),
    LOGIN_FAR_AFTER_ANY_TIMESTAMP(
        "out of range", b -> b.lastLogin(Instant.ofEpochSecond(9223372036854775L))),
    LOGIN_FAR_BEFORE_ANY_TIMESTAMP(
        "out of range", b -> b.lastLogin(Instant.parse("-290000-01-01T00:00:00Z")));

    final String reason;
    final UnaryOperator<CharacterProfile.Builder> poison;

    Poison(String reason, UnaryOperator<CharacterProfile.Builder> poison) {
      this.reason = reason;
      this.poison = poison;
    }
  }

  private static DueQuery at(Instant now) {
    return new DueQuery(
        now, now.minus(Duration.ofHours(6)), now.minus(Duration.ofDays(7)), BATCH, LEASE);
  }

  /** One insert, not 150: each statement of the fixture opens a connection. */
  private static List<CharacterKey> addCharacters(JooqStoreFixture fixture) {
    return fixture
        .sql()
        .fetch(
            "insert into characters (region, realm, name) select 'eu', 'argent-dawn', 'Char' || g"
                + " from generate_series(0, "
                + (BATCH - 1)
                + ") g order by g returning id")
        .getValues(0, Long.class)
        .stream()
        .map(CharacterKey::of)
        .toList();
  }

  @ParameterizedTest
  @EnumSource(Poison.class)
  void oneRefusedValueParksItsCharacterAndTheOther149AreSaved(Poison poison) {
    JooqStoreFixture fixture = JooqStoreFixture.empty();
    addCharacters(fixture);
    ClaimedCharacters batch = fixture.store().claimDue(at(T0));
    assertThat(batch.characters()).hasSize(BATCH);
    CharacterKey poisoned = batch.characters().get(BATCH / 3).key();
    List<CharacterChange> changes = new ArrayList<>();
    for (DueCharacter c : batch.characters()) {
      CharacterProfile.Builder profile = TestProfiles.profile(c.ref(), 1000 + c.key().value());
      if (c.key().equals(poisoned)) {
        poison.poison.apply(profile);
      }
      changes.add(
          new CharacterChange.Refreshed(
              c.key(), profile.build(), new GuildLink.Guildless(), Optional.empty(), T0));
    }

    CharacterSaveResult result = fixture.store().save(batch.lease(), changes);

    assertThat(result.parked()).containsOnlyKeys(poisoned);
    assertThat(result.parked().get(poisoned)).startsWith("not stored: ").contains(poison.reason);
    assertThat(result.leaseLost()).isEmpty();
    for (DueCharacter c : batch.characters()) {
      StoredCharacter row = fixture.read(c.key());
      if (c.key().equals(poisoned)) {
        assertThat(row.lastSyncedAt()).isEmpty();
        assertThat(row.characterClass()).isEmpty();
        assertThat(row.failureCount()).isEqualTo(1);
        assertThat(row.lastError()).isEqualTo(Optional.of(result.parked().get(poisoned)));
        assertThat(row.nextAttemptAt()).contains(T0.plus(DataErrorIsolation.PARK_FOR));
      } else {
        assertThat(row.lastSyncedAt()).contains(T0);
        assertThat(row.characterClass()).contains("Paladin");
        assertThat(row.failureCount()).isZero();
      }
    }
    assertThat(fixture.store().claimDue(at(T0.plus(LEASE).plusSeconds(1))).isEmpty())
        .as("not handed out before its back-off, though its lease is long over")
        .isTrue();
    assertThat(fixture.store().claimDue(at(T0.plus(DataErrorIsolation.PARK_FOR))).characters())
        .extracting(DueCharacter::key)
        .contains(poisoned);
  }

  @Test
  void aRunThroughTheServiceCountsTheParkedCharacterAsFailedAndCompletes() {
    JooqStoreFixture fixture = JooqStoreFixture.empty();
    List<CharacterKey> keys = addCharacters(fixture);
    ScriptedProfileSource profiles = new ScriptedProfileSource();
    for (int i = 0; i < BATCH; i++) {
      CharacterProfile.Builder profile = TestProfiles.profile(eu("Char" + i), 5000 + i);
      if (i == 77) {
        profile.characterClass("Pala\u0000din");
      }
      profiles.script(eu("Char" + i), ProfileFetchResult.found(profile.build(), null));
    }

    CharacterSyncReport report =
        CharacterSyncService.newBuilder()
            .guildLookup(fixture.guildLookup())
            .characterStore(fixture.store())
            .profileSource(profiles)
            .clock(new MutableClock(T0))
            .settings(CharacterSyncSettings.newBuilder().batchSize(BATCH).build())
            .build()
            .run();

    assertThat(report.updated()).isEqualTo(BATCH - 1);
    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.failureReasons().keySet())
        .singleElement()
        .asString()
        .contains("invalid byte sequence");
    assertThat(fixture.read(keys.get(77)).lastError()).isPresent();
    assertThat(keys.stream().map(fixture::read).filter(r -> r.lastSyncedAt().isPresent()))
        .hasSize(BATCH - 1);
  }
}
