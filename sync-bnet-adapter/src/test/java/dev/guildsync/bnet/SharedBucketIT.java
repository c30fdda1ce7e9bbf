package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.core.FetchResult;
import dev.guildsync.core.Region;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.Fault;
import dev.guildsync.simulator.SimulatorFixtures;
import io.github.bucket4j.distributed.BucketProxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A bucket given to the builder paces every attempt from the thread that called {@code fetch},
 * never from the HTTP client's executor; a bucket whose backend is unreachable stops the fetch with
 * a {@link SyncException} and sends nothing.
 */
class SharedBucketIT {
  private BattleNetSimulator simulator;
  private InMemoryProxyManager backend;
  private BucketProxy bucket;
  private ExecutorService httpExecutor;

  @BeforeEach
  void start() {
    simulator = BattleNetSimulator.start();
    for (String name : List.of("Ærøn", "Keniön")) {
      simulator.putRawCharacter(
          Region.EU,
          "argent-dawn",
          name,
          SimulatorFixtures.read(SimulatorFixtures.GUILDED),
          Instant.now());
    }
    backend = new InMemoryProxyManager();
    bucket =
        backend.builder().build("bnet:sim", () -> BattleNetClient.quotaConfiguration(100, 36_000));
    AtomicInteger threads = new AtomicInteger();
    httpExecutor =
        Executors.newFixedThreadPool(
            4, task -> new Thread(task, "http-executor-" + threads.incrementAndGet()));
  }

  @AfterEach
  void stop() {
    httpExecutor.shutdownNow();
    simulator.close();
  }

  private BattleNetClient client() {
    return TestClients.forSimulator(simulator).executor(httpExecutor).bucket(bucket).build();
  }

  @Test
  void everyAttemptTakesItsTokenOnTheCallingThread() throws Exception {
    simulator.fault(Region.EU, "argent-dawn", "Keniön", Fault.serverErrors(2, 503));
    ExecutorService callers =
        Executors.newFixedThreadPool(3, task -> new Thread(task, "sync-fetch"));
    try (BattleNetClient client = client()) {
      List<Future<FetchResult<CharacterProfile>>> results = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        String name = i % 10 == 0 ? "Keniön" : "Ærøn";
        results.add(
            callers.submit(
                () -> client.fetchProfile(TestClients.eu("argent-dawn", name), Optional.empty())));
      }
      for (Future<FetchResult<CharacterProfile>> result : results) {
        assertThat(result.get()).isInstanceOf(FetchResult.Found.class);
      }
      assertThat(client.requestCounts().retried()).as("retries were paced too").isEqualTo(2);
      assertThat(client.requestCounts().sent()).isEqualTo(32);
    } finally {
      callers.shutdownNow();
    }
    assertThat(backend.callers()).containsExactly("sync-fetch");
    assertThat(simulator.stats().apiRequests()).isEqualTo(32);
  }

  @Test
  void anUnreachableBucketStopsTheFetchAndSendsNothing() {
    try (BattleNetClient client = client()) {
      assertThat(client.fetchProfile(TestClients.eu("argent-dawn", "Ærøn"), Optional.empty()))
          .isInstanceOf(FetchResult.Found.class);
      backend.goUnreachable();

      assertThatThrownBy(
              () -> client.fetchProfile(TestClients.eu("argent-dawn", "Ærøn"), Optional.empty()))
          .isInstanceOf(SyncException.class)
          .hasMessage(
              "rate limit bucket unavailable, no request sent: IllegalStateException:"
                  + " connection refused: bucket backend at 10.0.0.9:6379");
      assertThat(client.requestCounts().sent()).isEqualTo(1);
    }
    assertThat(simulator.stats().apiRequests()).as("no request without a token").isEqualTo(1);
  }
}
