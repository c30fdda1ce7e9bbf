package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildChange;
import dev.guildsync.demo.EmbeddedDatabase;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatedGuild;
import dev.guildsync.simulator.SimulatorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistyped guild through the real entry point: {@code sync} names it in the summary and the JSON
 * report and records why on its row, {@code guilds} lists it with that reason, and {@code
 * untrack-guild} removes it by name, and a synced guild by id, keeping its characters unlinked.
 */
class MistypedGuildIT {

  @RegisterExtension
  static final PostgresAndSimulator STACK =
      PostgresAndSimulator.migrated(
          SimulatorOptions.defaults().withCredentials("typo-id", "typo-secret"));

  private static EmbeddedDatabase db;
  private static BattleNetSimulator simulator;
  private static SimulatedGuild real;

  @BeforeAll
  static void start() {
    db = STACK.db();
    simulator = STACK.simulator();
    real =
        simulator
            .guilds()
            .generate(Region.EU, 1, 4, 11L, Instant.parse("2026-11-20T18:00:00Z"))
            .get(0);
  }

  @Test
  void aMistypedGuildIsNamedRecordedListedAndUntrackedAndARealOneUntrackedKeepsItsCharacters(
      @TempDir Path tmp) throws Exception {
    String realKey =
        lastLine(
            cli("track-guild", "--region", "eu", "--realm", realm(), "--name", real.roster().name())
                .out());
    String typoKey =
        lastLine(
            cli("track-guild", "--region", "eu", "--realm", realm(), "--name", "Tpyo Guild").out());
    Path report = tmp.resolve("run.json");

    Cli sync =
        Cli.sync(
            STACK.env(), db, simulator, "--only", "guilds", "--report-json", report.toString());

    assertThat(sync.exitCode()).as(sync.err()).isZero();
    assertThat(sync.out())
        .contains("not found 1")
        .contains("not found: local guild " + typoKey + ", eu " + realm() + " \"Tpyo Guild\"");
    JsonNode json = new ObjectMapper().readTree(Files.readString(report));
    assertThat(json.get("notFoundGuilds").toString())
        .isEqualTo(
            "[{\"id\":"
                + typoKey
                + ",\"region\":\"eu\",\"realm\":\""
                + realm()
                + "\",\"name\":\"Tpyo Guild\"}]");
    assertThat(text("SELECT last_error FROM guilds WHERE id = " + typoKey))
        .isEqualTo(GuildChange.NOT_FOUND_REASON);
    assertThat(text("SELECT last_error FROM guilds WHERE id = " + realKey)).isNull();

    Cli table = cli("guilds");
    Cli listed = cli("guilds", "--json");

    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.out().lines())
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(typoKey + " ")
                    .contains("Tpyo Guild")
                    .contains(" no ")
                    .contains("not found at Battle.net"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(realKey + " ")
                    .contains(String.valueOf(real.id().value()))
                    .contains(" yes "))
        .last()
        .isEqualTo("2 guilds.");
    JsonNode rows = new ObjectMapper().readTree(listed.out());
    assertThat(rows).hasSize(2);
    JsonNode typo = rows.get(1);
    assertThat(fieldNames(typo))
        .containsExactly(
            "id",
            "region",
            "realm",
            "name",
            "bnetGuildId",
            "available",
            "lastSyncedAt",
            "lastError");
    assertThat(typo.get("name").asText()).isEqualTo("Tpyo Guild");
    assertThat(typo.get("bnetGuildId").isNull()).isTrue();
    assertThat(typo.get("available").asBoolean()).isFalse();
    assertThat(typo.get("lastError").asText()).isEqualTo(GuildChange.NOT_FOUND_REASON);
    assertThat(rows.get(0).get("bnetGuildId").asLong()).isEqualTo(real.id().value());
    assertThat(Instant.parse(rows.get(0).get("lastSyncedAt").asText())).isNotNull();

    Cli untrackTypo =
        cli("untrack-guild", "--region", "eu", "--realm", realm(), "--name", "TPYO guild");
    Cli untrackReal = cli("untrack-guild", "--id", realKey);
    Cli again = cli("untrack-guild", "--id", realKey);

    assertThat(untrackTypo.exitCode()).as(untrackTypo.err()).isZero();
    assertThat(untrackTypo.out()).startsWith("Untracked local guild " + typoKey + " (eu, ");
    assertThat(untrackReal.exitCode()).as(untrackReal.err()).isZero();
    assertThat(untrackReal.out())
        .contains("deleted 4 memberships, ")
        .contains("kept 4 characters, their guild link now NULL");
    assertThat(count("SELECT count(*) FROM guilds")).isZero();
    assertThat(count("SELECT count(*) FROM guild_members")).isZero();
    assertThat(count("SELECT count(*) FROM guild_member_events")).isZero();
    assertThat(count("SELECT count(*) FROM characters WHERE guild_id IS NULL"))
        .as("characters are the application's: kept, unlinked")
        .isEqualTo(4);
    assertThat(again.exitCode()).isZero();
    assertThat(again.out())
        .isEqualTo(
            "No tracked guild has local id "
                + realKey
                + ": nothing to untrack."
                + System.lineSeparator());
  }

  @Test
  void untrackGuildTakesAnIdOrANameNotBothAndNotNeither() {
    Cli both = cli("untrack-guild", "--id", "1", "--region", "eu", "--realm", "x", "--name", "y");
    Cli neither = cli("untrack-guild");
    Cli partial = cli("untrack-guild", "--region", "eu", "--realm", "argent-dawn");

    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("mutually exclusive");
    assertThat(neither.exitCode()).isEqualTo(2);
    assertThat(neither.err()).contains("--id").contains("--name");
    assertThat(partial.exitCode()).isEqualTo(2);
    assertThat(partial.err()).contains("--name");
  }

  private static String realm() {
    return real.ref().realmSlug();
  }

  private static Cli cli(String command, String... more) {
    List<String> args =
        new ArrayList<>(List.of(command, "--jdbc-url", db.jdbcUrl(), "--db-user", db.user()));
    args.addAll(List.of(more));
    return Cli.run(STACK.env(), args.toArray(String[]::new));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String lastLine(String out) {
    List<String> lines = out.lines().toList();
    return lines.get(lines.size() - 1);
  }

  private static long count(String sql) throws Exception {
    return Long.parseLong(text(sql));
  }

  private static String text(String sql) throws Exception {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }
}
