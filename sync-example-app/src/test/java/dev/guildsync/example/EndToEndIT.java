package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.ProfileGuild;
import dev.guildsync.demo.EmbeddedDatabase;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.Fault;
import dev.guildsync.simulator.SimulatorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate} then {@code sync} through the real entry point, against embedded PostgreSQL and
 * the Battle.net simulator; then the rows and the JSON report are checked.
 */
class EndToEndIT {
  private static final Instant MODIFIED = Instant.parse("2026-11-23T18:30:00Z");

  @RegisterExtension
  static final PostgresAndSimulator STACK =
      PostgresAndSimulator.unmigrated(
          SimulatorOptions.defaults().withCredentials("e2e-id", "e2e-secret"));

  private static EmbeddedDatabase db;
  private static BattleNetSimulator simulator;

  @BeforeAll
  static void start() {
    db = STACK.db();
    simulator = STACK.simulator();
  }

  private static CharacterProfile.Builder profile(long id, String name) {
    return CharacterProfile.newBuilder()
        .id(BnetCharacterId.of(id))
        .name(name)
        .realmSlug("argent-dawn")
        .realmName("Argent Dawn")
        .level(80)
        .characterClass("Paladin")
        .race("Dwarf");
  }

  private Map<String, String> env() {
    return Map.of("BNET_CLIENT_ID", "e2e-id", "BNET_CLIENT_SECRET", "e2e-secret");
  }

  @Test
  void migrateThenSyncWritesLocalGuildKeysAndTheReport(@TempDir Path tmp) throws Exception {
    Cli migrate = Cli.run(env(), "migrate", "--jdbc-url", db.jdbcUrl(), "--db-user", db.user());
    assertThat(migrate.exitCode()).as(migrate.err()).isZero();
    assertThat(migrate.out()).startsWith("Schema migrated to version ").contains(" applied).");
    Cli remigrate = Cli.run(env(), "migrate", "--jdbc-url", db.jdbcUrl(), "--db-user", db.user());
    assertThat(remigrate.exitCode()).as(remigrate.err()).isZero();
    assertThat(remigrate.out()).startsWith("Schema is up to date at version ");

    execute(
        "INSERT INTO guilds (id, region, bnet_guild_id, name, realm) VALUES"
            + " (5, 'eu', 115248327, 'The Long Watch', 'argent-dawn'),"
            + " (6, 'us', 115248327, 'Night Shift', 'stormrage')",
        "INSERT INTO characters (id, region, realm, name) VALUES"
            + " (1, 'eu', 'argent-dawn', 'Ærøn'), (2, 'eu', 'argent-dawn', 'Drekthar'),"
            + " (3, 'eu', 'argent-dawn', 'Keniön'), (5, 'eu', 'argent-dawn', 'Vanished')",
        "INSERT INTO characters (id, region, realm, name, bnet_character_id, guild_id, level, class)"
            + " VALUES (4, 'eu', 'argent-dawn', 'Solenne', 104, 5, 70, 'Priest'),"
            + " (6, 'eu', 'argent-dawn', 'Brokenjson', 106, 5, 71, 'Mage')");
    ProfileGuild longWatch =
        new ProfileGuild(BnetGuildId.of(115248327), "The Long Watch", "argent-dawn");
    ProfileGuild untracked =
        new ProfileGuild(BnetGuildId.of(99887766), "Wandering Souls", "argent-dawn");
    simulator.putCharacter(Region.EU, profile(101, "Ærøn").guild(longWatch).build(), MODIFIED);
    simulator.putCharacter(Region.EU, profile(102, "Drekthar").guild(untracked).build(), MODIFIED);
    simulator.putCharacter(Region.EU, profile(103, "Keniön").guild(untracked).build(), MODIFIED);
    simulator.putCharacter(Region.EU, profile(104, "Solenne").build(), MODIFIED);
    simulator.putCharacter(Region.EU, profile(106, "Brokenjson").build(), MODIFIED);
    simulator.fault(Region.EU, "argent-dawn", "Brokenjson", Fault.malformedJson());
    Path report = tmp.resolve("reports/run.json");

    Cli sync =
        Cli.sync(env(), db, simulator, "--concurrency", "4", "--report-json", report.toString());

    assertThat(sync.exitCode()).as(sync.err()).isZero();
    assertThat(sync.out())
        .contains("Synced 6 characters")
        .contains("updated 4, unchanged (304) 0, not found 1, identity changed 0, failed 1")
        .contains("Wandering Souls")
        .doesNotContain("e2e-secret");
    Map<Long, Map<String, Object>> rows = rows();
    assertThat(rows.get(1L)).containsEntry("guild_id", 5L).containsEntry("is_available", true);
    assertThat(rows.get(2L)).containsEntry("guild_id", null).containsEntry("level", 80);
    assertThat(rows.get(3L)).containsEntry("guild_id", null);
    assertThat(rows.get(4L)).as("left the guild").containsEntry("guild_id", null);
    assertThat(rows.get(5L)).containsEntry("is_available", false).containsEntry("level", null);
    assertThat(rows.get(6L))
        .as("a failure keeps every data column")
        .containsEntry("guild_id", 5L)
        .containsEntry("level", 71)
        .containsEntry("class", "Mage")
        .containsEntry("bnet_character_id", 106L)
        .containsEntry("failure_count", 1);
    assertThat((String) rows.get(6L).get("last_error")).containsIgnoringCase("json");
    assertThat(rows.values())
        .as("no Battle.net guild id ever lands in the foreign key")
        .noneMatch(r -> Long.valueOf(115248327L).equals(r.get("guild_id")));

    JsonNode json = new ObjectMapper().readTree(Files.readString(report));
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly(
            "characters",
            "guildLinks",
            "untrackedGuilds",
            "requests",
            "durationMillis",
            "guilds",
            "members",
            "retention",
            "notFoundGuilds",
            "outcome",
            "outage",
            "details");
    assertThat(json.get("outcome").asText()).isEqualTo("completed");
    assertThat(json.get("outage").isNull()).as("no outage").isTrue();
    assertThat(json.get("details").fieldNames())
        .toIterable()
        .as("the default details, in order")
        .containsExactly("equipment", "mythic-plus", "professions");
    assertThat(json.get("retention").fieldNames())
        .toIterable()
        .containsExactly("validated", "purged", "deleted", "markedInvalid");
    assertThat(json.get("guilds").toString())
        .as("the simulator serves neither tracked guild's roster: both 404, kept, rechecked later")
        .isEqualTo("{\"updated\":0,\"unchanged\":0,\"notFound\":2,\"failed\":0,\"duplicates\":0}");
    assertThat(json.get("notFoundGuilds").toString())
        .as("named, so a mistyped guild can be found and fixed")
        .isEqualTo(
            "[{\"id\":5,\"region\":\"eu\",\"realm\":\"argent-dawn\",\"name\":\"The Long Watch\"},"
                + "{\"id\":6,\"region\":\"us\",\"realm\":\"stormrage\",\"name\":\"Night Shift\"}]");
    assertThat(sync.out())
        .contains("not found: local guild 5, eu argent-dawn \"The Long Watch\"")
        .contains("not found: local guild 6, us stormrage \"Night Shift\"");
    assertThat(json.get("members").toString())
        .isEqualTo(
            "{\"joined\":0,\"left\":0,\"rejoined\":0,\"rankChanged\":0,\"renamed\":0,"
                + "\"charactersCreated\":0}");
    assertThat(json.get("characters").toString())
        .isEqualTo(
            "{\"updated\":4,\"unchanged\":0,\"notFound\":1,\"identityChanged\":0,\"failed\":1}");
    assertThat(json.get("guildLinks").toString())
        .isEqualTo("{\"linked\":1,\"untracked\":2,\"none\":1}");
    assertThat(json.get("untrackedGuilds").toString())
        .isEqualTo(
            "[{\"region\":\"eu\",\"bnetGuildId\":99887766,\"name\":\"Wandering Souls\","
                + "\"realm\":\"argent-dawn\",\"characters\":2}]");
    assertThat(json.get("requests").get("sent").asLong()).isGreaterThanOrEqualTo(6);
    assertThat(json.get("requests").fieldNames())
        .toIterable()
        .containsExactly("sent", "retried", "throttled");
    assertThat(json.get("durationMillis").isIntegralNumber()).isTrue();

    Cli again = Cli.sync(env(), db, simulator, "--stale-after", "PT0S");
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("unchanged (304) 4");
    assertThat(rows()).as("a second run changes no data").isEqualTo(rows);
  }

  private static void execute(String... statements) throws Exception {
    CharacterRows.execute(db, statements);
  }

  /** Every character's columns except the sync time, which every run moves. */
  private static Map<Long, Map<String, Object>> rows() throws Exception {
    return CharacterRows.read(
        db,
        "guild_id",
        "is_available",
        "level",
        "class",
        "bnet_character_id",
        "failure_count",
        "last_error",
        "last_modified");
  }
}
