package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.character.RetentionPolicy;
import dev.guildsync.demo.EmbeddedDatabase;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatorOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Blizzard's 30-day rule through the real wiring: PostgreSQL (V5), the jOOQ claim and save, the
 * Battle.net client and the simulator's status endpoint, with a clock a month ahead.
 */
class RetentionEndToEndIT {
  @RegisterExtension
  static final PostgresAndSimulator STACK =
      PostgresAndSimulator.migrated(
          SimulatorOptions.defaults().withCredentials("r-id", "r-secret"));

  private static EmbeddedDatabase db;
  private static BattleNetSimulator simulator;

  @BeforeAll
  static void start() throws Exception {
    db = STACK.db();
    simulator = STACK.simulator();
    CharacterRows.execute(
        db,
        "INSERT INTO characters (id, region, realm, name) VALUES"
            + " (1, 'eu', 'argent-dawn', 'Staying'), (2, 'eu', 'argent-dawn', 'Invalid'),"
            + " (3, 'eu', 'argent-dawn', 'Gone'), (4, 'eu', 'argent-dawn', 'Deleted')");
    long id = 301;
    for (String name : new String[] {"Staying", "Invalid", "Gone", "Deleted"}) {
      simulator.putCharacter(
          Region.EU,
          CharacterProfile.newBuilder()
              .id(BnetCharacterId.of(id++))
              .name(name)
              .realmSlug("argent-dawn")
              .realmName("Argent Dawn")
              .level(80)
              .characterClass("Mage")
              .build(),
          Instant.parse("2026-11-23T18:30:00Z"));
    }
  }

  private static CharacterSyncReport run(SyncWiring wiring, RetentionPolicy policy, Clock clock) {
    CharacterSyncSettings settings =
        CharacterSyncSettings.newBuilder()
            .staleAfter(Duration.ofDays(60))
            .retention(policy)
            .build();
    return wiring
        .newSync(SyncWiring.Plan.charactersOnly(settings))
        .clock(clock)
        .build()
        .run()
        .characters()
        .orElseThrow();
  }

  @Test
  void aMonthLaterOneStatusRequestEachValidatesPurgesOrDeletes() throws Exception {
    try (SyncWiring wiring =
        SyncWiring.connect(
            db.dataSource(),
            new SyncWiring.BnetSettings(
                "r-id",
                "r-secret",
                Optional.of(simulator.baseUrl()),
                Optional.of(simulator.tokenUrl()),
                100,
                36_000))) {
      CharacterSyncReport first = run(wiring, RetentionPolicy.PURGE, Clock.systemUTC());
      simulator.setValid(Region.EU, "argent-dawn", "Invalid", false);
      simulator.removeCharacter(Region.EU, "argent-dawn", "Gone");
      simulator.removeCharacter(Region.EU, "argent-dawn", "Deleted");
      simulator.resetStats();
      Clock month = Clock.offset(Clock.systemUTC(), Duration.ofDays(31));

      CharacterSyncReport soon =
          run(wiring, RetentionPolicy.PURGE, Clock.offset(Clock.systemUTC(), Duration.ofDays(29)));
      // Validated later than the others: its check falls after the purge run, in the delete run.
      CharacterRows.execute(
          db, "UPDATE characters SET last_validated_at = now() + interval '20 days' WHERE id = 4");
      CharacterSyncReport purge = run(wiring, RetentionPolicy.PURGE, month);
      long statusRequests = simulator.stats().statusRequests();
      long profileRequests = simulator.stats().profileRequests();
      Map<Long, Map<String, Object>> rows =
          CharacterRows.read(
              db, "level", "is_available", "bnet_character_id", "purged_at", "invalidated_at");
      CharacterSyncReport delete =
          run(wiring, RetentionPolicy.DELETE, Clock.offset(Clock.systemUTC(), Duration.ofDays(62)));

      assertThat(first.updated()).isEqualTo(4);
      assertThat(soon.characters()).as("nothing due within 30 days").isZero();
      assertThat(purge.retention().validated()).isEqualTo(1);
      assertThat(purge.retention().purged()).isEqualTo(2);
      assertThat(statusRequests).as("one status request per checked character").isEqualTo(3);
      assertThat(profileRequests).as("no profile request: stale-after is 60 days").isZero();
      assertThat(delete.retention().deleted()).isEqualTo(1);
      assertThat(CharacterRows.read(db, "level")).containsOnlyKeys(1L, 2L, 3L);
      assertThat(rows.get(1L)).containsEntry("level", 80).containsEntry("purged_at", null);
      for (long purged : new long[] {2, 3}) {
        assertThat(rows.get(purged))
            .containsEntry("level", null)
            .containsEntry("is_available", false)
            .containsEntry("bnet_character_id", 300L + purged);
        assertThat(rows.get(purged).get("purged_at")).isNotNull();
      }
    }
  }
}
