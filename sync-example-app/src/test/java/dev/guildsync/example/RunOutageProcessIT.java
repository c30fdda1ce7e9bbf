package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.demo.EmbeddedDatabase;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatorOptions;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --every PT1H} as a real process while Battle.net is silent: the run stops early,
 * {@code /health} and {@code /metrics} say Battle.net is unavailable, no character is blamed, and
 * once Battle.net answers again the next run comes on the short retry schedule (not an hour later)
 * and syncs everything.
 */
class RunOutageProcessIT {
  private static final int CHARACTERS = 20;

  @RegisterExtension
  static final PostgresAndSimulator STACK =
      PostgresAndSimulator.migrated(
          SimulatorOptions.defaults().withCredentials("down-id", "down-secret"));

  private static EmbeddedDatabase db;
  private static BattleNetSimulator simulator;

  @BeforeAll
  static void start() throws Exception {
    db = STACK.db();
    simulator = STACK.simulator();
    SimulatedCharacters.put(simulator, "Waiting", 8000, CHARACTERS);
    SimulatedCharacters.due(db, "Waiting", CHARACTERS);
  }

  @AfterEach
  void answerAgain() {
    simulator.outage().end();
  }

  @Test
  @Timeout(150)
  void anOutageShowsOnHealthAndMetricsAndTheNextRunComesSoonAfterItEnds(@TempDir Path dir)
      throws Exception {
    simulator.outage().silence();
    int port = AppProcess.freePort();
    Path log = dir.resolve("run.log");
    Process run =
        AppProcess.start(
            log,
            STACK.env(),
            "run",
            "--every",
            "PT1H",
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
    HttpClient http = HttpClient.newHttpClient();
    try {
      awaitLine(run, log, l -> l.contains(" run stopped: Battle.net is not answering: "));

      HttpResponse<String> health = AppProcess.get(http, port, "/health");
      assertThat(health.statusCode()).isEqualTo(503);
      assertThat(health.body())
          .startsWith("unavailable: last run stopped at ")
          .contains("Battle.net is not answering: ")
          .contains("; next try at ");
      assertThat(AppProcess.get(http, port, "/metrics").body())
          .contains("guildsync_runs_unavailable_total 1.0")
          .contains("guildsync_battlenet_available 0.0")
          .contains("guildsync_runs_failed_total 0.0");
      assertThat(
              CharacterRows.count(
                  db,
                  "SELECT count(*) FROM characters WHERE failure_count > 0"
                      + " OR last_error IS NOT NULL OR next_attempt_at IS NOT NULL"))
          .as("no character blamed")
          .isZero();

      simulator.outage().end();
      awaitLine(run, log, l -> l.contains(" run: "));

      assertThat(AppProcess.get(http, port, "/health").body()).startsWith("ok: ");
      assertThat(AppProcess.get(http, port, "/metrics").body())
          .contains("guildsync_battlenet_available 1.0");
      assertThat(CharacterRows.count(db, "SELECT count(*) FROM characters WHERE level = 80"))
          .isEqualTo(CHARACTERS);
    } finally {
      run.destroy(); // SIGTERM
      assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(run.exitValue()).as(Files.readString(log)).isZero();
  }

  /** Waits for a line of the process's output, well within the hour of {@code --every}. */
  private static void awaitLine(Process run, Path log, Predicate<String> line) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (!Files.exists(log) || Files.readAllLines(log).stream().noneMatch(line)) {
      String output = Files.exists(log) ? Files.readString(log) : "";
      assertThat(run.isAlive()).as(output).isTrue();
      assertThat(System.nanoTime()).as("in time: " + output).isLessThan(deadline);
      Thread.sleep(100);
    }
  }
}
