package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.demo.EmbeddedDatabase;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync --details} through the real entry point, over several runs against embedded
 * PostgreSQL and the simulator: a first run, a run without logins (no detail request), a login with
 * a failing and a 404 detail, and a purge that removes the details.
 */
class DetailsEndToEndIT {
  private static final Instant LOGOUT = Instant.now().minus(2, ChronoUnit.HOURS);
  private static final String DETAILS = "equipment,mythic-plus,professions,toys";

  @RegisterExtension
  static final PostgresAndSimulator STACK =
      PostgresAndSimulator.migrated(
          SimulatorOptions.defaults().withCredentials("d-id", "d-secret"));

  private static EmbeddedDatabase db;
  private static BattleNetSimulator simulator;

  @BeforeAll
  static void start() throws Exception {
    db = STACK.db();
    simulator = STACK.simulator();
    CharacterRows.execute(
        db,
        "INSERT INTO characters (id, region, realm, name) VALUES"
            + " (1, 'eu', 'argent-dawn', 'Aeron'), (2, 'eu', 'argent-dawn', 'Brielle'),"
            + " (3, 'eu', 'argent-dawn', 'Cadoc')");
    long id = 401;
    for (String name : new String[] {"Aeron", "Brielle", "Cadoc"}) {
      simulator.putCharacter(
          Region.EU,
          CharacterProfile.newBuilder()
              .id(BnetCharacterId.of(id++))
              .name(name)
              .realmSlug("argent-dawn")
              .realmName("Argent Dawn")
              .level(80)
              .equippedItemLevel(480)
              .lastLogin(LOGOUT)
              .build(),
          LOGOUT);
    }
  }

  private static Map<String, String> env() {
    return Map.of("BNET_CLIENT_ID", "d-id", "BNET_CLIENT_SECRET", "d-secret");
  }

  private static JsonNode sync(Path report, String... more) throws Exception {
    String[] args = new String[more.length + 6];
    args[0] = "--details";
    args[1] = DETAILS;
    args[2] = "--report-json";
    args[3] = report.toString();
    args[4] = "--stale-after";
    args[5] = "PT0S";
    System.arraycopy(more, 0, args, 6, more.length);
    Cli cli = Cli.sync(env(), db, simulator, args);
    assertThat(cli.exitCode()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("details (fetched/304/absent/failed): equipment ");
    return new ObjectMapper().readTree(Files.readString(report)).get("details");
  }

  private static long count(String sql) throws Exception {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void detailsFollowLoginsFailuresNotFoundAndPurges(@TempDir Path tmp) throws Exception {
    simulator.details().notFound(Region.EU, "argent-dawn", "Cadoc", CharacterDetail.TOYS);

    JsonNode first = sync(tmp.resolve("1.json"));
    assertThat(first.fieldNames())
        .toIterable()
        .containsExactly("equipment", "mythic-plus", "professions", "toys");
    assertThat(first.get("equipment").toString())
        .isEqualTo("{\"fetched\":3,\"notModified\":0,\"absent\":0,\"failed\":0}");
    assertThat(first.get("toys").toString())
        .isEqualTo("{\"fetched\":2,\"notModified\":0,\"absent\":1,\"failed\":0}");
    assertThat(count("SELECT count(*) FROM character_details")).isEqualTo(12);
    assertThat(count("SELECT count(*) FROM characters WHERE mythic_rating IS NOT NULL"))
        .isEqualTo(3);
    assertThat(count("SELECT count(*) FROM characters WHERE toy_hash IS NOT NULL")).isEqualTo(2);

    simulator.details().resetRequests();
    JsonNode quiet = sync(tmp.resolve("2.json"));
    assertThat(simulator.details().requests()).as("no login, no detail request").isZero();
    assertThat(quiet.get("mythic-plus").toString())
        .isEqualTo("{\"fetched\":0,\"notModified\":0,\"absent\":0,\"failed\":0}");

    simulator.details().login(Region.EU, "argent-dawn", "Aeron", Instant.now().minusSeconds(60));
    simulator.details().fail(Region.EU, "argent-dawn", "Aeron", CharacterDetail.EQUIPMENT);
    JsonNode login = sync(tmp.resolve("3.json"), "--details", DETAILS + ",raids");
    assertThat(simulator.details().requests())
        .as("Aeron's five (the failing one tried four times), the two others' raids (new)")
        .isEqualTo(5 + 3 + 2);
    assertThat(simulator.details().requests(CharacterDetail.PROFESSIONS)).isEqualTo(1);
    assertThat(login.get("equipment").get("failed").asInt()).isEqualTo(1);
    assertThat(login.get("mythic-plus").get("fetched").asInt()).isEqualTo(1);
    assertThat(login.get("raids").get("fetched").asInt()).isEqualTo(3);
    assertThat(
            count(
                "SELECT count(*) FROM character_details WHERE character_id = 1"
                    + " AND detail = 'equipment' AND outcome = 'failed' AND data IS NOT NULL"))
        .as("a failed detail keeps what was stored")
        .isEqualTo(1);

    CharacterRows.execute(
        db, "UPDATE characters SET last_validated_at = now() - interval '40 days' WHERE id = 2");
    simulator.removeCharacter(Region.EU, "argent-dawn", "Brielle");
    Cli purge = Cli.sync(env(), db, simulator, "--details", "none", "--retention", "purge");
    assertThat(purge.exitCode()).as(purge.err()).isZero();
    assertThat(purge.out()).doesNotContain("details (");
    assertThat(count("SELECT count(*) FROM character_details WHERE character_id = 2")).isZero();
    assertThat(count("SELECT count(*) FROM character_raid_progress WHERE character_id = 2"))
        .isZero();
    assertThat(count("SELECT count(*) FROM characters WHERE id = 2 AND mythic_rating IS NULL"))
        .isEqualTo(1);
    assertThat(count("SELECT count(*) FROM character_details WHERE character_id = 1")).isEqualTo(5);
  }
}
