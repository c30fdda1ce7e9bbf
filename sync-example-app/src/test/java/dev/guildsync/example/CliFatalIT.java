package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.demo.EmbeddedDatabase;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Fatal problems: exit code 3 and one clear line, no stack trace unless --verbose, no secrets. */
class CliFatalIT {
  private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/guilds";
  private static final String DB_PASSWORD = "hunter2-db-password";

  @RegisterExtension
  static final PostgresAndSimulator STACK =
      PostgresAndSimulator.unmigrated(
          SimulatorOptions.defaults().withCredentials("fatal-id", "the-right-secret"));

  private static EmbeddedDatabase db;
  private static BattleNetSimulator simulator;

  @BeforeAll
  static void start() throws Exception {
    db = STACK.db();
    simulator = STACK.simulator();
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE unmigrated");
      s.execute("CREATE DATABASE migrated");
    }
    Cli migrate = Cli.run("migrate", "--jdbc-url", url("migrated"), "--db-user", db.user());
    assertThat(migrate.exitCode()).as(migrate.err()).isZero();
    try (Connection c = java.sql.DriverManager.getConnection(url("migrated"), db.user(), null);
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO characters (region, realm, name) VALUES ('eu', 'argent-dawn', 'Ærøn')");
    }
  }

  private static String url(String database) {
    return db.jdbcUrl().replace("/postgres?", "/" + database + "?");
  }

  private static Map<String, String> env(String secret) {
    return Map.of(
        "BNET_CLIENT_ID", "fatal-id",
        "BNET_CLIENT_SECRET", secret,
        "GUILDSYNC_DB_PASSWORD", DB_PASSWORD);
  }

  private static Cli sync(String jdbcUrl, String secret, String... more) {
    String[] base = {
      "sync",
      "--jdbc-url",
      jdbcUrl,
      "--db-user",
      "postgres",
      "--api-base-url",
      simulator.baseUrl().toString(),
      "--oauth-token-url",
      simulator.tokenUrl().toString()
    };
    String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return Cli.run(env(secret), args);
  }

  @Test
  void migrateAgainstAnUnreachableDatabaseExits3WithOneLine() {
    Cli cli = Cli.run(env("x"), "migrate", "--jdbc-url", UNREACHABLE + "?password=" + DB_PASSWORD);

    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err().strip())
        .isEqualTo("error: database unreachable at jdbc:postgresql://127.0.0.1:1/guilds");
  }

  @Test
  void syncAgainstAnUnreachableDatabaseExits3WithoutTheStackTraceOrPassword() {
    Cli cli = sync(UNREACHABLE, "the-right-secret");

    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err().strip())
        .isEqualTo("error: database unreachable at jdbc:postgresql://127.0.0.1:1/guilds");
    assertThat(cli.out() + cli.err()).doesNotContain(DB_PASSWORD).doesNotContain("\tat ");
  }

  @Test
  void verbosePrintsTheStackTrace() {
    Cli cli = sync(UNREACHABLE, "the-right-secret", "--verbose");

    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err()).contains("database unreachable").contains("\tat ");
    assertThat(cli.err()).doesNotContain(DB_PASSWORD);
  }

  @Test
  void syncWithoutTheSchemaExits3AndSaysToRunMigrate() {
    Cli cli = sync(url("unmigrated"), "the-right-secret");

    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err().lines()).hasSize(1);
    assertThat(cli.err())
        .contains("schema missing: table characters does not exist")
        .contains("run `migrate");
  }

  @Test
  void rejectedCredentialsExit3WithoutEchoingTheSecret() {
    Cli cli = sync(url("migrated"), "a-wrong-secret-value");

    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err().lines()).hasSize(1);
    assertThat(cli.err()).containsIgnoringCase("rejected");
    assertThat(cli.out() + cli.err())
        .doesNotContain("a-wrong-secret-value")
        .doesNotContain("the-right-secret");
  }

  @Test
  void aDatabaseThatDoesNotExistExits3WithTheServersReason() {
    Cli cli = sync(url("no_such_db"), "the-right-secret");

    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err())
        .contains("database rejected the connection at ")
        .contains("database \"no_such_db\" does not exist")
        .doesNotContain("Connection is not available")
        .doesNotContain("\tat ")
        .doesNotContain(DB_PASSWORD);
  }

  @Test
  void anUnknownUserExits3WithTheServersReason() {
    Cli cli =
        Cli.run(
            env("the-right-secret"),
            "migrate",
            "--jdbc-url",
            url("migrated").replaceFirst("\\?.*$", ""),
            "--db-user",
            "ghost");

    assertThat(cli.exitCode()).isEqualTo(3);
    assertThat(cli.err())
        .contains("database rejected the login at ")
        .contains("role \"ghost\" does not exist")
        .doesNotContain(DB_PASSWORD);
  }

  @Test
  void anUnwritableReportPathIsAUsageErrorBeforeAnyWork(@TempDir Path tmp) throws Exception {
    Path blocker = Files.writeString(tmp.resolve("not-a-folder"), "x");
    long requestsBefore = simulator.stats().apiRequests() + simulator.stats().tokenRequests();

    Cli cli =
        sync(
            url("migrated"),
            "the-right-secret",
            "--report-json",
            blocker.resolve("report.json").toString());

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("--report-json").contains("cannot be written");
    assertThat(simulator.stats().apiRequests() + simulator.stats().tokenRequests())
        .as("no work was done")
        .isEqualTo(requestsBefore);
  }
}
