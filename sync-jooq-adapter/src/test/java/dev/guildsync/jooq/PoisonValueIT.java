package dev.guildsync.jooq;

import static dev.guildsync.jooq.Changes.T0;
import static dev.guildsync.jooq.Changes.eu;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterSaveResult;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.character.GuildLink;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.FailureBackoff;
import dev.guildsync.testing.MutableClock;
import dev.guildsync.testing.character.ScriptedProfileSource;
import dev.guildsync.testing.character.StoredCharacter;
import dev.guildsync.testing.character.TestProfiles;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Defence in depth: a value PostgreSQL refuses, in one change of a batch of 150, never fails the
 * batch. The other 149 are written, the one is parked with the database's reason, and it is not
 * claimed again before its back-off.
 *
 * <p>The core already refuses what no PostgreSQL column can hold (NUL in text, timestamps outside
 * its range: see {@code CharacterProfileTest}), so these values pass the core and are refused by
 * rules of the user's own on the reference schema, as a real deployment may add them: a CHECK
 * constraint (SQLSTATE 23514), a trigger raising a data exception (22023), and a column narrowed to
 * {@code varchar(12)} (22001).
 */
class PoisonValueIT {
  private static final int BATCH = 150;
  private static final Duration LEASE = Duration.ofMinutes(1);

  /** Values the core accepts that the user's own rules make PostgreSQL refuse. */
  enum Poison {
    REFUSED_BY_A_CHECK_CONSTRAINT(
        "violates check constraint \"app_no_poisoned_class\"", b -> b.characterClass("Poisoned")),
    REFUSED_BY_A_TRIGGER("app refuses this spec", b -> b.activeSpec("Poisoned")),
    TOO_LONG_FOR_A_NARROWED_COLUMN(
        "value too long for type character varying(12)", b -> b.race("Highmountain Tauren"));

    final String reason;
    final UnaryOperator<CharacterProfile.Builder> poison;

    Poison(String reason, UnaryOperator<CharacterProfile.Builder> poison) {
      this.reason = reason;
      this.poison = poison;
    }
  }

  @BeforeEach
  void addTheUsersOwnRules() {
    TestDatabase.execute(
        "ALTER TABLE characters ADD CONSTRAINT app_no_poisoned_class"
            + " CHECK (class IS DISTINCT FROM 'Poisoned')",
        "CREATE FUNCTION app_refuse_spec() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            + " IF NEW.active_spec = 'Poisoned' THEN"
            + " RAISE EXCEPTION 'app refuses this spec' USING ERRCODE = '22023'; END IF;"
            + " RETURN NEW; END $$",
        "CREATE TRIGGER app_refuse_spec BEFORE UPDATE ON characters"
            + " FOR EACH ROW EXECUTE FUNCTION app_refuse_spec()",
        "ALTER TABLE characters ALTER COLUMN race TYPE varchar(12)");
  }

  @AfterEach
  void dropThem() {
    TestDatabase.execute(
        "ALTER TABLE characters DROP CONSTRAINT IF EXISTS app_no_poisoned_class",
        "DROP TRIGGER IF EXISTS app_refuse_spec ON characters",
        "DROP FUNCTION IF EXISTS app_refuse_spec()",
        "ALTER TABLE characters ALTER COLUMN race TYPE text");
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

  /** Every added character's profile; Char77's has a class the user's CHECK refuses. */
  private static ScriptedProfileSource profilesPoisoningChar77() {
    ScriptedProfileSource profiles = new ScriptedProfileSource();
    for (int i = 0; i < BATCH; i++) {
      CharacterProfile.Builder profile = TestProfiles.profile(eu("Char" + i), 5000 + i);
      if (i == 77) {
        profile.characterClass("Poisoned");
      }
      profiles.script(eu("Char" + i), FetchResult.found(profile.build(), null));
    }
    return profiles;
  }

  @ParameterizedTest
  @EnumSource(Poison.class)
  void oneRefusedValueParksItsCharacterAndTheOther149AreSaved(Poison poison) {
    JooqStoreFixture fixture = JooqStoreFixture.empty();
    addCharacters(fixture);
    Claimed<DueCharacter> batch = fixture.store().claimDueCharacters(at(T0));
    assertThat(batch.items()).hasSize(BATCH);
    CharacterKey poisoned = batch.items().get(BATCH / 3).key();
    List<CharacterChange> changes = new ArrayList<>();
    for (DueCharacter c : batch.items()) {
      CharacterProfile.Builder profile = TestProfiles.profile(c.ref(), 1000 + c.key().value());
      if (c.key().equals(poisoned)) {
        poison.poison.apply(profile);
      }
      changes.add(
          new CharacterChange.Refreshed(
              c.key(), profile.build(), new GuildLink.Guildless(), Optional.empty(), T0));
    }

    CharacterSaveResult result = fixture.store().saveCharacters(batch.lease(), changes);

    assertThat(result.parked()).containsOnlyKeys(poisoned);
    assertThat(result.parked().get(poisoned)).startsWith("not stored: ").contains(poison.reason);
    assertThat(result.leaseLost()).isEmpty();
    for (DueCharacter c : batch.items()) {
      StoredCharacter row = fixture.read(c.key());
      if (c.key().equals(poisoned)) {
        assertThat(row.lastSyncedAt()).isEmpty();
        assertThat(row.characterClass()).isEmpty();
        assertThat(row.failureCount()).isEqualTo(1);
        assertThat(row.lastError()).isEqualTo(Optional.of(result.parked().get(poisoned)));
        assertThat(row.nextAttemptAt())
            .as("the default back-off after a first failure")
            .contains(T0.plus(FailureBackoff.DEFAULT.delay(1)));
      } else {
        assertThat(row.lastSyncedAt()).contains(T0);
        assertThat(row.characterClass()).contains("Paladin");
        assertThat(row.failureCount()).isZero();
      }
    }
    assertThat(fixture.store().claimDueCharacters(at(T0.plus(LEASE).plusSeconds(1))).isEmpty())
        .as("not handed out before its back-off, though its lease is long over")
        .isTrue();
    assertThat(
            fixture
                .store()
                .claimDueCharacters(at(T0.plus(FailureBackoff.DEFAULT.delay(1))))
                .items())
        .extracting(DueCharacter::key)
        .contains(poisoned);
  }

  @Test
  void aRunThroughTheServiceCountsTheParkedCharacterAsFailedAndCompletes() {
    JooqStoreFixture fixture = JooqStoreFixture.empty();
    List<CharacterKey> keys = addCharacters(fixture);
    ScriptedProfileSource profiles = profilesPoisoningChar77();

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
        .contains("app_no_poisoned_class");
    assertThat(fixture.read(keys.get(77)).lastError()).isPresent();
    assertThat(keys.stream().map(fixture::read).filter(r -> r.lastSyncedAt().isPresent()))
        .hasSize(BATCH - 1);
  }

  @Test
  void aParkedCharacterWaitsTheRunsBackoffAfterItsFailureCount() {
    JooqStoreFixture fixture = JooqStoreFixture.empty();
    List<CharacterKey> keys = addCharacters(fixture);
    fixture
        .sql()
        .execute("update characters set failure_count = 2 where id = " + keys.get(77).value());
    ScriptedProfileSource profiles = profilesPoisoningChar77();

    CharacterSyncService.newBuilder()
        .guildLookup(fixture.guildLookup())
        .characterStore(fixture.store())
        .profileSource(profiles)
        .clock(new MutableClock(T0))
        .settings(
            CharacterSyncSettings.newBuilder()
                .batchSize(BATCH)
                .failureBackoff(Duration.ofMinutes(10), Duration.ofHours(6))
                .build())
        .build()
        .run();

    StoredCharacter parked = fixture.read(keys.get(77));
    assertThat(parked.failureCount()).isEqualTo(3);
    assertThat(parked.nextAttemptAt())
        .as("the run's back-off after a third failure: 10 min doubled twice, not a fixed day")
        .contains(T0.plus(Duration.ofMinutes(40)));
  }
}
