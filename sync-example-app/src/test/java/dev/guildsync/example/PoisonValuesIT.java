package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.Region;
import dev.guildsync.demo.EmbeddedDatabase;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatorOptions;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Profiles holding values PostgreSQL cannot store fail their own character with a precise reason;
 * the rest of the batch is saved and the run exits 0. Absent fields keep what is stored.
 */
class PoisonValuesIT {
  private static final Instant MODIFIED = Instant.parse("2026-11-23T18:30:00Z");

  @RegisterExtension
  static final PostgresAndSimulator STACK =
      PostgresAndSimulator.unmigrated(
          SimulatorOptions.defaults().withCredentials("pv-id", "pv-secret"));

  private static EmbeddedDatabase db;
  private static BattleNetSimulator simulator;

  @BeforeAll
  static void start() {
    db = STACK.db();
    simulator = STACK.simulator();
  }

  /** A profile body with {@code extra} JSON members appended (later members win in Jackson). */
  private static String body(long id, String name, String extra) {
    return "{\"id\":"
        + id
        + ",\"name\":\""
        + name
        + "\",\"realm\":{\"name\":\"Argent Dawn\",\"id\":536,\"slug\":\"argent-dawn\"},"
        + "\"level\":80,\"character_class\":{\"id\":2,\"name\":\"Paladin\"}"
        + extra
        + "}";
  }

  private static void serve(long id, String name, String extra) {
    simulator.putRawCharacter(Region.EU, "argent-dawn", name, body(id, name, extra), MODIFIED);
  }

  @Test
  void onePoisonedCharacterFailsAloneAndTheBatchIsSaved() throws Exception {
    Cli migrate = Cli.run(env(), "migrate", "--jdbc-url", db.jdbcUrl(), "--db-user", db.user());
    assertThat(migrate.exitCode()).as(migrate.err()).isZero();
    CharacterRows.execute(
        db,
        "INSERT INTO characters (id, region, realm, name, level, class, race, faction) VALUES"
            + " (1, 'eu', 'argent-dawn', 'Good', NULL, NULL, NULL, NULL),"
            + " (2, 'eu', 'argent-dawn', 'Nul', NULL, NULL, NULL, NULL),"
            + " (3, 'eu', 'argent-dawn', 'Future', NULL, NULL, NULL, NULL),"
            + " (4, 'eu', 'argent-dawn', 'Huge', NULL, NULL, NULL, NULL),"
            + " (5, 'eu', 'argent-dawn', 'Long', NULL, NULL, NULL, NULL),"
            + " (6, 'eu', 'argent-dawn', 'Quiet', 7, 'Priest', 'Gnome', 'ALLIANCE')");
    serve(101, "Good", "");
    serve(102, "Nul", ",\"character_class\":{\"id\":2,\"name\":\"Pal\\u0000adin\"}");
    serve(103, "Future", ",\"last_login_timestamp\":9223372036854775807");
    serve(104, "Huge", ",\"level\":2147483648");
    serve(105, "Long", ",\"race\":{\"id\":1,\"name\":\"" + "x".repeat(100_000) + "\"}");
    simulator.putRawCharacter(
        Region.EU,
        "argent-dawn",
        "Quiet",
        "{\"id\":106,\"name\":\"Quiet\",\"realm\":{\"slug\":\"argent-dawn\"},\"level\":null,"
            + "\"race\":null,\"faction\":{\"type\":null}}",
        MODIFIED);

    Cli sync = Cli.sync(env(), db, simulator);

    assertThat(sync.exitCode()).as(sync.err()).isZero();
    assertThat(sync.out())
        .contains("updated 2, unchanged (304) 0, not found 0")
        .contains("failed 4");
    Map<Long, Map<String, Object>> rows =
        CharacterRows.read(db, "level", "class", "race", "faction", "failure_count", "last_error");
    assertThat(rows.get(1L)).containsEntry("level", 80).containsEntry("failure_count", 0);
    assertThat(rows.get(6L))
        .as("null and absent fields keep what is stored")
        .containsEntry("level", 7)
        .containsEntry("class", "Priest")
        .containsEntry("race", "Gnome")
        .containsEntry("faction", "ALLIANCE")
        .containsEntry("failure_count", 0);
    assertThat(reason(rows, 2L)).contains("characterClass contains a NUL character");
    assertThat(reason(rows, 3L)).contains("lastLogin must be between");
    assertThat(reason(rows, 4L)).contains("at 'level'").contains("out of range");
    assertThat(reason(rows, 5L)).contains("race is 100000 characters long");
    for (long id = 2; id <= 5; id++) {
      assertThat(rows.get(id)).containsEntry("failure_count", 1).containsEntry("level", null);
    }
  }

  private static String reason(Map<Long, Map<String, Object>> rows, long id) {
    return (String) rows.get(id).get("last_error");
  }

  private Map<String, String> env() {
    return Map.of("BNET_CLIENT_ID", "pv-id", "BNET_CLIENT_SECRET", "pv-secret");
  }
}
