package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.demo.EmbeddedDatabase;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatorOptions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * When the shared quota's bucket cannot be used, {@code sync --shared-quota} fails with exit code 3
 * and one line: before it claims anything, or mid-run as soon as a request finds no bucket. It
 * never goes on sending without the quota.
 */
class SharedQuotaFatalIT {
  private static final int CHARACTERS = 300;

  @RegisterExtension
  static final PostgresAndSimulator STACK =
      PostgresAndSimulator.migrated(
          SimulatorOptions.defaults()
              .withCredentials("fatal-quota-id", "fatal-quota-secret")
              .withLatency(Duration.ofMillis(10)));

  private static EmbeddedDatabase db;
  private static BattleNetSimulator simulator;

  @BeforeAll
  static void start() {
    db = STACK.db();
    simulator = STACK.simulator();
    SimulatedCharacters.put(simulator, "Fatal", 70_000, CHARACTERS);
  }

  @BeforeEach
  void dueCharacters() throws Exception {
    SimulatedCharacters.due(db, "Fatal", CHARACTERS);
    simulator.resetStats();
  }

  @Test
  void aMissingBucketTableFailsBeforeAnyRequest() throws Exception {
    CharacterRows.execute(db, "DROP TABLE sync_quota_buckets");

    Cli sync = Cli.sync(STACK.env(), db, simulator, "--shared-quota");

    assertThat(sync.exitCode()).isEqualTo(ExitCode.FATAL);
    assertThat(sync.err().lines())
        .containsExactly(
            "error: shared quota unavailable: ERROR: relation \"sync_quota_buckets\" does not"
                + " exist (table sync_quota_buckets; run `migrate --jdbc-url ...` first)");
    assertThat(simulator.stats().apiRequests()).isZero();
    assertThat(CharacterRows.read(db, "last_synced_at").values())
        .allSatisfy(row -> assertThat(row.get("last_synced_at")).isNull());
  }

  @Test
  @Timeout(60)
  void aBucketLostMidRunStopsTheRunInsteadOfSendingUnpaced() throws Exception {
    CompletableFuture<Cli> run =
        CompletableFuture.supplyAsync(
            () ->
                Cli.sync(
                    STACK.env(), db, simulator, "--shared-quota", "--requests-per-second", "50"));
    while (simulator.stats().apiRequests() < 20) {
      assertThat(run).isNotDone();
      Thread.sleep(10);
    }
    CharacterRows.execute(db, "DROP TABLE sync_quota_buckets");
    Cli sync = run.get(30, TimeUnit.SECONDS);
    long sentAtExit = simulator.stats().apiRequests();

    assertThat(sync.exitCode()).as(sync.err()).isEqualTo(ExitCode.FATAL);
    assertThat(sync.err().lines()).hasSize(1);
    assertThat(sync.err())
        .startsWith("error: batch ")
        .contains("rate limit bucket unavailable, no request sent")
        .contains("sync_quota_buckets");
    assertThat(sentAtExit).as("requests sent").isLessThan(CHARACTERS);
    Thread.sleep(300);
    assertThat(simulator.stats().apiRequests())
        .as("nothing sent after the exit")
        .isEqualTo(sentAtExit);
  }
}
