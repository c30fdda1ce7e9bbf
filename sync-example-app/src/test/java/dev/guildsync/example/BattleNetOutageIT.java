package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.guildsync.demo.EmbeddedDatabase;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatorOptions;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync} against a Battle.net that is down, with the 242 tracked guilds of a modest
 * deployment: a silent API (connections accepted, never answered) ends the run with exit 4 and one
 * line; an API host where nothing listens (a mistyped {@code --api-base-url}) with exit 3 and one
 * line naming the host. Either way no guild or character is blamed (no failure, no error, no
 * back-off), no claim or lease is left, and the JSON report says what happened. Asserted on the
 * rows and the requests the simulator saw, not on timers (the duration is printed).
 */
class BattleNetOutageIT {
  private static final int GUILDS = 242;
  private static final int CHARACTERS = 40;

  @RegisterExtension
  static final PostgresAndSimulator STACK =
      PostgresAndSimulator.migrated(
          SimulatorOptions.defaults().withCredentials("outage-id", "outage-secret"));

  private static EmbeddedDatabase db;
  private static BattleNetSimulator simulator;

  @BeforeAll
  static void start() throws Exception {
    db = STACK.db();
    simulator = STACK.simulator();
    List<String> inserts = new ArrayList<>();
    for (int i = 0; i < GUILDS; i++) {
      inserts.add(
          String.format(
              Locale.ROOT,
              "INSERT INTO guilds (region, realm, name, name_slug)"
                  + " VALUES ('eu', 'argent-dawn', 'Guild %d', 'guild-%d')",
              i,
              i));
    }
    for (int i = 0; i < CHARACTERS; i++) {
      inserts.add(
          "INSERT INTO characters (region, realm, name) VALUES ('eu', 'argent-dawn', 'Quiet"
              + i
              + "')");
    }
    CharacterRows.execute(db, inserts.toArray(String[]::new));
  }

  @AfterEach
  void answerAgain() {
    simulator.outage().end();
  }

  @Test
  @Timeout(120)
  void aSilentBattleNetEndsTheRunWithOneLineAndBlamesNoGuild(@TempDir Path dir) throws Exception {
    simulator.outage().silence();
    simulator.resetStats();
    Path report = dir.resolve("report.json");

    long start = System.nanoTime();
    Cli cli = Cli.sync(STACK.env(), db, simulator, "--report-json", report.toString());
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "silent Battle.net, %d tracked guilds: sync ended in %d ms%n", GUILDS, millis);

    assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCode.BATTLE_NET_UNAVAILABLE);
    assertThat(cli.err().lines())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith("error: Battle.net is not answering: ")
                    .contains("requests timed out in a row (127.0.0.1:"));
    assertThat(simulator.stats().apiRequests())
        .as("a handful of attempts, not 242 guilds x 4")
        .isLessThanOrEqualTo(2L * 8);
    assertNothingBlamedOrHeld(db);
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("outcome").asText()).isEqualTo("battleNetUnavailable");
    assertThat(json.at("/outage/unreachable").asBoolean()).isFalse();
    assertThat(json.at("/outage/host").asText()).startsWith("127.0.0.1:");
    assertThat(json.at("/guilds/failed").asInt()).isZero();
    assertThat(json.at("/characters/failed").asInt()).isZero();
  }

  @Test
  @Timeout(120)
  void anUnreachableApiHostIsFatalNamesTheHostAndTouchesNothing() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }

    Cli cli =
        Cli.run(
            STACK.env(),
            "sync",
            "--jdbc-url",
            db.jdbcUrl(),
            "--db-user",
            db.user(),
            "--api-base-url",
            "http://127.0.0.1:" + closed,
            "--oauth-token-url",
            simulator.tokenUrl().toString());

    assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCode.FATAL);
    assertThat(cli.err().lines())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith("error: Battle.net cannot be reached at 127.0.0.1:" + closed + ": ")
                    .contains("requests in a row could not connect"));
    assertNothingBlamedOrHeld(db);
  }

  /** No guild or character blamed or touched, no claim, no lease held. */
  static void assertNothingBlamedOrHeld(EmbeddedDatabase db) throws Exception {
    for (String table : List.of("guilds", "characters")) {
      assertThat(
              CharacterRows.count(
                  db,
                  "SELECT count(*) FROM "
                      + table
                      + " WHERE failure_count > 0 OR last_error IS NOT NULL"
                      + " OR next_attempt_at IS NOT NULL OR last_synced_at IS NOT NULL"
                      + " OR NOT is_available"))
          .as("%s blamed or touched", table)
          .isZero();
    }
    assertThat(CharacterRows.count(db, "SELECT count(*) FROM guild_claims"))
        .as("guild claims")
        .isZero();
    assertThat(CharacterRows.count(db, "SELECT count(*) FROM character_claims"))
        .as("character claims")
        .isZero();
    assertThat(
            CharacterRows.count(db, "SELECT count(*) FROM sync_leases WHERE lease_until > now()"))
        .as("leases held")
        .isZero();
  }
}
