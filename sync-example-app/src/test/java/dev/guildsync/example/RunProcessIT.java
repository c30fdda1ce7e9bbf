package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.demo.EmbeddedDatabase;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatorOptions;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --every PT1S} as a real process: it syncs at start and then every second, answers
 * {@code /health} and {@code /metrics}, and stops on SIGTERM with exit code 0 and no lease left.
 */
class RunProcessIT {
  private static final int CHARACTERS = 30;

  @RegisterExtension
  static final PostgresAndSimulator STACK =
      PostgresAndSimulator.migrated(
          SimulatorOptions.defaults().withCredentials("run-id", "run-secret"));

  private static EmbeddedDatabase db;
  private static BattleNetSimulator simulator;

  @BeforeAll
  static void start() throws Exception {
    db = STACK.db();
    simulator = STACK.simulator();
    for (int i = 0; i < CHARACTERS; i++) {
      simulator.putCharacter(
          Region.EU,
          CharacterProfile.newBuilder()
              .id(BnetCharacterId.of(7000 + i))
              .name("Runner" + i)
              .realmSlug("argent-dawn")
              .level(80)
              .build(),
          Instant.parse("2026-11-23T18:30:00Z"));
    }
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO characters (region, realm, name) SELECT 'eu', 'argent-dawn', 'Runner' || g"
              + " FROM generate_series(0, "
              + (CHARACTERS - 1)
              + ") g");
    }
  }

  @Test
  @Timeout(300)
  void runsRepeatedlyServesHealthAndMetricsAndStopsCleanlyOnSigterm(@TempDir Path dir)
      throws Exception {
    int port = freePort();
    Path log = dir.resolve("run.log");
    Process run =
        AppProcess.start(
            log,
            STACK.env(),
            "run",
            "--every",
            "PT1S",
            "--stale-after",
            "PT0S",
            "--http-port",
            String.valueOf(port),
            "--jdbc-url",
            db.jdbcUrl(),
            "--db-user",
            db.user(),
            "--api-base-url",
            simulator.baseUrl().toString(),
            "--oauth-token-url",
            simulator.tokenUrl().toString());

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (runLines(log) < 2) {
      assertThat(run.isAlive()).as(Files.readString(log)).isTrue();
      assertThat(System.nanoTime()).as("two runs in time").isLessThan(deadline);
      Thread.sleep(50);
    }

    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> health = get(http, port, "/health");
    HttpResponse<String> metrics = get(http, port, "/metrics");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).startsWith("ok: last run completed at ");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("guildsync_run_seconds_count{result=\"completed\"}")
        .contains("guildsync_characters_total{outcome=\"updated\"} " + CHARACTERS + ".0")
        .contains("guildsync_characters_total{outcome=\"unchanged\"}")
        .contains("guildsync_requests_total{kind=\"sent\"}");

    run.destroy(); // SIGTERM
    assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();

    String output = Files.readString(log);
    assertThat(run.exitValue()).as(output).isZero();
    assertThat(output).contains("Stopped.");
    assertThat(query("SELECT count(*) FROM characters WHERE level = 80")).isEqualTo(CHARACTERS);
    assertThat(
            query(
                "SELECT count(*) FROM character_claims k JOIN sync_leases l USING (lease_id)"
                    + " WHERE l.lease_until > now()"))
        .as("no lease left behind")
        .isZero();
  }

  private static long runLines(Path log) throws IOException {
    return Files.exists(log)
        ? Files.readAllLines(log).stream().filter(l -> l.contains(" run: ")).count()
        : 0;
  }

  private static HttpResponse<String> get(HttpClient http, int port, String path) throws Exception {
    return AppProcess.get(http, port, path);
  }

  private static int freePort() throws IOException {
    return AppProcess.freePort();
  }

  private static long query(String sql) throws Exception {
    return CharacterRows.count(db, sql);
  }
}
