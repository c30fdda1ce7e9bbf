package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.demo.EmbeddedDatabase;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatorOptions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync} as a real process (a child JVM through the app's entry point), stopped mid-run:
 * SIGTERM releases its batch at once; SIGKILL leaves it reserved only until its lease (here 3 s)
 * runs out, after which a second run completes every character. Asserted on the rows.
 */
class SyncProcessIT {
  private static final int CHARACTERS = 400;
  private static final Duration LEASE = Duration.ofSeconds(3);

  @RegisterExtension
  static final PostgresAndSimulator STACK =
      PostgresAndSimulator.migrated(
          SimulatorOptions.defaults()
              .withCredentials("proc-id", "proc-secret")
              .withLatency(Duration.ofMillis(40)));

  private static EmbeddedDatabase db;
  private static BattleNetSimulator simulator;

  @BeforeAll
  static void start() {
    db = STACK.db();
    simulator = STACK.simulator();
    for (int i = 0; i < CHARACTERS; i++) {
      simulator.putCharacter(
          Region.EU,
          CharacterProfile.newBuilder()
              .id(BnetCharacterId.of(9000 + i))
              .name("Char" + i)
              .realmSlug("argent-dawn")
              .realmName("Argent Dawn")
              .level(80)
              .characterClass("Paladin")
              .race("Dwarf")
              .build(),
          Instant.parse("2026-11-23T18:30:00Z"));
    }
  }

  @BeforeEach
  void freshCharacters() throws Exception {
    execute(
        "TRUNCATE characters, character_claims, sync_leases RESTART IDENTITY CASCADE",
        "INSERT INTO characters (region, realm, name) SELECT 'eu', 'argent-dawn', 'Char' || g"
            + " FROM generate_series(0, "
            + (CHARACTERS - 1)
            + ") g");
  }

  private static String[] syncArgs() {
    return new String[] {
      "sync",
      "--jdbc-url",
      db.jdbcUrl(),
      "--db-user",
      db.user(),
      "--api-base-url",
      simulator.baseUrl().toString(),
      "--oauth-token-url",
      simulator.tokenUrl().toString(),
      "--concurrency",
      "4",
      "--lease",
      LEASE.toString()
    };
  }

  /**
   * Starts {@code sync} in a child JVM and waits until its first batch is saved and its second is
   * claimed.
   */
  private static Process startSync(Path dir) throws Exception {
    Process process = AppProcess.start(dir.resolve("sync.log"), STACK.env(), syncArgs());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (count("last_synced_at IS NOT NULL") < 100) {
      assertThat(process.isAlive()).as("sync still running").isTrue();
      assertThat(System.nanoTime()).as("first batch saved in time").isLessThan(deadline);
      Thread.sleep(20);
    }
    while (claimsHeld() == 0) {
      assertThat(process.isAlive()).as("sync still running").isTrue();
      Thread.sleep(5);
    }
    assertThat(count("last_synced_at IS NULL")).as("stopped mid-run").isPositive();
    return process;
  }

  @Test
  @Timeout(300)
  void aSyncKilledMidRunHoldsItsBatchOnlyUntilItsLeaseEnds(@TempDir Path dir) throws Exception {
    Process sync = startSync(dir);

    sync.destroyForcibly().waitFor();
    Instant killed = Instant.now();

    assertThat(claimsHeld()).as("the killed batch stays reserved").isPositive();
    Thread.sleep(LEASE.toMillis());
    Cli second = Cli.run(STACK.env(), syncArgs());
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(Duration.between(killed, Instant.now()))
        .as("recovered within the lease plus one run")
        .isLessThan(LEASE.plus(Duration.ofSeconds(60)));
    assertThat(count("last_synced_at IS NOT NULL AND bnet_character_id IS NOT NULL AND level = 80"))
        .as("every character synced")
        .isEqualTo(CHARACTERS);
    assertThat(claimsHeld()).isZero();
  }

  @Test
  @Timeout(300)
  void aSyncStoppedWithSigtermReleasesItsBatchBeforeItExits(@TempDir Path dir) throws Exception {
    Process sync = startSync(dir);

    sync.destroy();
    assertThat(sync.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(claimsHeld()).as("nothing stays reserved").isZero();
    Cli second = Cli.run(STACK.env(), syncArgs());
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(count("last_synced_at IS NOT NULL AND level = 80")).isEqualTo(CHARACTERS);
  }

  private static long claimsHeld() throws Exception {
    return query(
        "SELECT count(*) FROM character_claims k JOIN sync_leases l USING (lease_id)"
            + " WHERE l.lease_until > now()");
  }

  private static long count(String where) throws Exception {
    return query("SELECT count(*) FROM characters WHERE " + where);
  }

  private static long query(String sql) throws Exception {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void execute(String... statements) throws Exception {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }
}
