package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.RosterMember;
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
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guild sync through the real entry point: {@code track-guild} by name, then {@code sync}
 * learns the guild's Battle.net id from its roster, creates its members' characters, links them,
 * and syncs their profiles; {@code --only}; both untracked-guild policies. Asserted on rows and on
 * the JSON report.
 */
class GuildEndToEndIT {
  private static final Instant ROSTER_TIME = Instant.parse("2026-11-20T18:00:00Z");

  @RegisterExtension
  static final PostgresAndSimulator STACK =
      PostgresAndSimulator.migrated(
          SimulatorOptions.defaults().withCredentials("guild-id", "guild-secret"));

  private static EmbeddedDatabase db;
  private static BattleNetSimulator simulator;
  private static SimulatedGuild tracked;
  private static SimulatedGuild untracked;

  @BeforeAll
  static void start() {
    db = STACK.db();
    simulator = STACK.simulator();
    List<SimulatedGuild> world = simulator.guilds().generate(Region.EU, 2, 5, 7L, ROSTER_TIME);
    tracked = world.get(0);
    untracked = world.get(1);
  }

  @Test
  void trackedByNameThenSyncedTheGuildLearnsItsIdAndItsMembersAreCreatedLinkedAndSynced(
      @TempDir Path tmp) throws Exception {
    Cli first = trackGuild(tracked);
    Cli again = trackGuild(tracked);
    assertThat(first.exitCode()).as(first.err()).isZero();
    String key = lastLine(first.out());
    assertThat(key).matches("\\d+");
    assertThat(lastLine(again.out())).as("idempotent").isEqualTo(key);
    assertThat(query("SELECT count(*) FROM guilds WHERE bnet_guild_id IS NULL")).isEqualTo(1);

    Path guildsOnly = tmp.resolve("guilds.json");
    Cli rosters =
        Cli.sync(
            STACK.env(), db, simulator, "--only", "guilds", "--report-json", guildsOnly.toString());

    assertThat(rosters.exitCode()).as(rosters.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(Files.readString(guildsOnly));
    assertThat(json.get("guilds").toString())
        .isEqualTo("{\"updated\":1,\"unchanged\":0,\"notFound\":0,\"failed\":0,\"duplicates\":0}");
    assertThat(json.get("members").toString())
        .isEqualTo(
            "{\"joined\":5,\"left\":0,\"rejoined\":0,\"rankChanged\":0,\"renamed\":0,"
                + "\"charactersCreated\":5}");
    assertThat(json.get("characters").toString())
        .as("--only guilds: no profile was fetched")
        .isEqualTo(
            "{\"updated\":0,\"unchanged\":0,\"notFound\":0,\"identityChanged\":0,\"failed\":0}");
    assertThat(query("SELECT bnet_guild_id FROM guilds WHERE id = " + key))
        .as("learned from the roster, never typed in")
        .isEqualTo(tracked.id().value());
    assertThat(query("SELECT count(*) FROM characters WHERE guild_id = " + key)).isEqualTo(5);
    assertThat(
            query(
                "SELECT count(*) FROM guild_members WHERE guild_id = "
                    + key
                    + " AND left_at IS NULL"))
        .isEqualTo(5);
    assertThat(query("SELECT count(*) FROM guild_member_events WHERE kind = 'joined'"))
        .isEqualTo(5);
    assertThat(simulator.stats().profileRequests()).isZero();

    Cli profiles = Cli.sync(STACK.env(), db, simulator, "--only", "characters");

    assertThat(profiles.exitCode()).as(profiles.err()).isZero();
    assertThat(profiles.out()).contains("Synced 5 characters").contains("updated 5");
    assertThat(
            query(
                "SELECT count(*) FROM characters WHERE guild_id = "
                    + key
                    + " AND last_synced_at IS NOT NULL AND bnet_character_id IS NOT NULL"))
        .isEqualTo(5);
    assertThat(
            query(
                "SELECT count(*) FROM characters c JOIN guild_members m ON m.character_id = c.id"
                    + " WHERE m.guild_id = "
                    + key))
        .isEqualTo(5);
  }

  @Test
  void untrackedGuildsAreReportedByDefaultAndRegisteredOnRequest() throws Exception {
    RosterMember member = untracked.roster().members().get(0);
    execute(
        "INSERT INTO characters (region, realm, name) VALUES ('eu', '"
            + member.character().realmSlug()
            + "', '"
            + member.character().name()
            + "')");

    Cli report =
        Cli.sync(STACK.env(), db, simulator, "--only", "characters", "--stale-after", "PT0S");
    long before =
        query("SELECT count(*) FROM guilds WHERE bnet_guild_id = " + untracked.id().value());
    // A second member, whose first fetch is a full profile (the first one's answers 304 now).
    RosterMember second = untracked.roster().members().get(1);
    execute(
        "INSERT INTO characters (region, realm, name) VALUES ('eu', '"
            + second.character().realmSlug()
            + "', '"
            + second.character().name()
            + "')");
    Cli register =
        Cli.sync(
            STACK.env(),
            db,
            simulator,
            "--only",
            "characters",
            "--stale-after",
            "PT0S",
            "--untracked-guilds",
            "register");

    assertThat(report.exitCode()).as(report.err()).isZero();
    assertThat(report.out()).contains(untracked.roster().name());
    assertThat(before).as("report only: nothing registered").isZero();
    assertThat(register.exitCode()).as(register.err()).isZero();
    assertThat(query("SELECT count(*) FROM guilds WHERE bnet_guild_id = " + untracked.id().value()))
        .isEqualTo(1);
    assertThat(
            query(
                "SELECT count(*) FROM characters c JOIN guilds g ON g.id = c.guild_id"
                    + " WHERE g.bnet_guild_id = "
                    + untracked.id().value()
                    + " AND c.name = '"
                    + second.character().name()
                    + "'"))
        .as("linked in the same run")
        .isEqualTo(1);
  }

  @Test
  void badTrackGuildInputIsAUsageErrorThatSaysWhatToType() {
    Cli region =
        Cli.run(
            STACK.env(),
            "track-guild",
            "--jdbc-url",
            db.jdbcUrl(),
            "--region",
            "europe",
            "--realm",
            "argent-dawn",
            "--name",
            "X");
    Cli realm =
        Cli.run(
            STACK.env(),
            "track-guild",
            "--jdbc-url",
            db.jdbcUrl(),
            "--region",
            "eu",
            "--realm",
            "Argent Dawn",
            "--name",
            "X");
    Cli name =
        Cli.run(
            STACK.env(),
            "track-guild",
            "--jdbc-url",
            db.jdbcUrl(),
            "--region",
            "eu",
            "--realm",
            "argent-dawn",
            "--name",
            " ");
    Cli only = Cli.sync(STACK.env(), db, simulator, "--only", "everything");
    Cli policy = Cli.sync(STACK.env(), db, simulator, "--untracked-guilds", "adopt");

    assertThat(region.exitCode()).isEqualTo(2);
    assertThat(region.err()).contains("unknown region \"europe\": expected one of");
    assertThat(realm.exitCode()).isEqualTo(2);
    assertThat(realm.err())
        .contains("--realm must be a realm slug")
        .contains("try --realm argent-dawn");
    assertThat(name.exitCode()).isEqualTo(2);
    assertThat(name.err()).contains("--name must not be empty");
    assertThat(only.exitCode()).isEqualTo(2);
    assertThat(only.err()).contains("--only").contains("everything");
    assertThat(policy.exitCode()).isEqualTo(2);
    assertThat(policy.err()).contains("--untracked-guilds").contains("adopt");
  }

  private static Cli trackGuild(SimulatedGuild guild) {
    return Cli.run(
        STACK.env(),
        "track-guild",
        "--jdbc-url",
        db.jdbcUrl(),
        "--db-user",
        db.user(),
        "--region",
        "eu",
        "--realm",
        guild.ref().realmSlug(),
        "--name",
        guild.roster().name());
  }

  private static String lastLine(String out) {
    List<String> lines = out.lines().toList();
    return lines.get(lines.size() - 1);
  }

  private static long query(String sql) throws Exception {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void execute(String sql) throws Exception {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
