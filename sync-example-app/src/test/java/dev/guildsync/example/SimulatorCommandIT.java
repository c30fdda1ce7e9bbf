package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.demo.EmbeddedDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simulator} as a user starts it: a separate process that prints where it is and its
 * credentials; {@code migrate} and {@code sync} pointed at it, as the printed session says, work.
 */
class SimulatorCommandIT {
  private static final Pattern API = Pattern.compile("simulator on (http://127\\.0\\.0\\.1:\\d+)");

  @Test
  @Timeout(300)
  void thePrintedSessionWorksAgainstTheStandaloneSimulator(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("simulator.log");
    Process simulator =
        AppProcess.start(
            log, Map.of(), "simulator", "--port", "0", "--guilds", "1", "--characters", "3");
    try (EmbeddedDatabase db = EmbeddedDatabase.start(false)) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.readString(log).contains("Ctrl-C stops the simulator.")) {
        assertThat(simulator.isAlive()).as(Files.readString(log)).isTrue();
        assertThat(System.nanoTime()).as("started in time").isLessThan(deadline);
        Thread.sleep(50);
      }
      String printed = Files.readString(log);
      Matcher api = API.matcher(printed);
      assertThat(api.find()).as(printed).isTrue();
      assertThat(printed)
          .as("one credential pair: the simulator library's defaults, which the README names")
          .contains("export BNET_CLIENT_ID=sim-client BNET_CLIENT_SECRET=sim-secret")
          .contains(" migrate --jdbc-url ")
          .contains(" sync --jdbc-url \"$URL\" --api-base-url " + api.group(1));

      Map<String, String> env =
          Map.of("BNET_CLIENT_ID", "sim-client", "BNET_CLIENT_SECRET", "sim-secret");
      Cli migrate = Cli.run(env, "migrate", "--jdbc-url", db.jdbcUrl(), "--db-user", db.user());
      assertThat(migrate.exitCode()).as(migrate.err()).isZero();
      try (Connection c = db.dataSource().getConnection();
          Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO characters (region, realm, name) VALUES ('eu', 'argent-dawn',"
                + " 'Wanderer0'), ('eu', 'argent-dawn', 'Wanderer1'), ('eu', 'argent-dawn',"
                + " 'Wanderer2')");
      }
      Cli sync =
          Cli.run(
              env,
              "sync",
              "--jdbc-url",
              db.jdbcUrl(),
              "--db-user",
              db.user(),
              "--api-base-url",
              api.group(1),
              "--oauth-token-url",
              api.group(1) + "/token");
      assertThat(sync.exitCode()).as(sync.err()).isZero();
      assertThat(sync.out()).contains("Synced 3 characters").contains("updated 3");
    } finally {
      simulator.destroy();
      assertThat(simulator.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }
}
