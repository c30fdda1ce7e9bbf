package dev.guildsync.bench;

import dev.guildsync.core.character.CharacterSyncListener;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.example.RequestCounts;
import dev.guildsync.example.SyncWiring;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatorStats;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Measurements 2 to 4: whole sync runs of the real {@link CharacterSyncService} over the wiring's
 * jOOQ store and Battle.net client, against the simulator. The database is reset to {@code n} never
 * synced characters before each run; the simulator already serves all of them.
 */
final class SyncBench {
  /** Measurement 2: one run at one simulated latency. */
  record EndToEnd(
      int latencyMillis,
      int characters,
      int batchSize,
      int concurrency,
      long nanos,
      long requests,
      int synced,
      int failed,
      double p50Millis,
      double p99Millis,
      long claimNanos,
      long lookupNanos,
      long saveNanos) {
    double charactersPerSecond() {
      return synced * 1e9 / nanos;
    }

    double requestsPerSecond() {
      return requests * 1e9 / nanos;
    }

    double databaseShare() {
      return (double) (claimNanos + lookupNanos + saveNanos) / nanos;
    }
  }

  /** Measurement 3: a run paced by the client against the simulator's quota. */
  record Quota(
      int perSecond,
      int characters,
      long nanos,
      long apiRequests,
      long throttled,
      long maxInOneSecond,
      long clientThrottled,
      long clientRetried,
      long medianFullSecond) {
    double achievedPerSecond() {
      return apiRequests * 1e9 / nanos;
    }
  }

  /** Measurement 4: the heap while syncing {@code characters} end to end. */
  record Memory(
      int characters,
      int batchSize,
      long baseline,
      long maxLive,
      long maxAfterAnyGc,
      long peakUsed,
      int liveSamples,
      int synced) {
    long liveDelta() {
      return Math.max(0, maxLive - baseline);
    }
  }

  private final DataSource dataSource;
  private final BattleNetSimulator simulator;

  SyncBench(DataSource dataSource, BattleNetSimulator simulator) {
    this.dataSource = dataSource;
    this.simulator = simulator;
  }

  EndToEnd endToEnd(
      SyncWiring wiring, int characters, int latencyMillis, CharacterSyncSettings settings)
      throws SQLException {
    BenchWorld.resetCharacters(dataSource, characters);
    simulator.setLatency(Duration.ofMillis(latencyMillis));
    simulator.resetStats();
    TimedPorts.Store store = new TimedPorts.Store(wiring.store());
    LatencyRecorder latencies = new LatencyRecorder(characters + 1_000);
    CharacterSyncService service =
        CharacterSyncService.newBuilder()
            .guildLookup(store)
            .characterStore(store)
            .profileSource(new TimedPorts.Profiles(wiring.client(), latencies))
            .settings(settings)
            .build();
    RequestCounts before = wiring.requests();
    long start = System.nanoTime();
    CharacterSyncReport report = service.run();
    long nanos = System.nanoTime() - start;
    RequestCounts requests = wiring.requests().minus(before);
    simulator.setLatency(Duration.ZERO);
    return new EndToEnd(
        latencyMillis,
        characters,
        settings.run().batchSize(),
        settings.run().concurrency(),
        nanos,
        requests.sent(),
        report.updated(),
        report.failed(),
        latencies.quantileMillis(0.50),
        latencies.quantileMillis(0.99),
        store.claimNanos.sum(),
        store.lookupNanos.sum(),
        store.saveNanos.sum());
  }

  /**
   * Runs {@code perSecond * seconds} characters through a client limited to {@code perSecond} while
   * the simulator answers 429 past {@code perSecond} requests in any wall-clock second.
   */
  Quota quota(SyncWiring limited, int perSecond, int seconds, CharacterSyncSettings settings)
      throws SQLException {
    int characters = perSecond * seconds;
    BenchWorld.resetCharacters(dataSource, characters + 500L);
    simulator.setQuota(perSecond, true);
    try {
      simulator.resetStats();
      RequestCounts before = limited.requests();
      long start = System.nanoTime();
      limited.runOnce(
          CharacterSyncSettings.newBuilder()
              .batchSize(settings.run().batchSize())
              .concurrency(settings.run().concurrency())
              .maxCharactersPerRun(characters)
              .build(),
          new CharacterSyncListener() {},
          Clock.systemUTC());
      long nanos = System.nanoTime() - start;
      RequestCounts client = limited.requests().minus(before);
      SimulatorStats stats = simulator.stats();
      return new Quota(
          perSecond,
          characters,
          nanos,
          stats.apiRequests(),
          stats.throttled(),
          stats.maxPerSecond(),
          client.throttled(),
          client.retried(),
          medianFullSecond(new ArrayList<>(simulator.requestsPerSecond().values())));
    } finally {
      simulator.disableQuota();
    }
  }

  /** The median of the per-second counts, leaving out the first and last (partial) seconds. */
  private static long medianFullSecond(List<Long> perSecond) {
    if (perSecond.size() < 3) {
      return perSecond.stream().mapToLong(Long::longValue).max().orElse(0);
    }
    List<Long> full = new ArrayList<>(perSecond.subList(1, perSecond.size() - 1));
    full.sort(null);
    return full.get(full.size() / 2);
  }

  /**
   * Syncs {@code characters} with a forced-GC sample of the live heap at the end of 10 evenly
   * spaced batches (every batch when there are fewer), while the batch is still referenced. The
   * same number of samples at every size, so a larger run does not get more chances at a high one.
   */
  Memory memory(SyncWiring wiring, int characters, CharacterSyncSettings settings)
      throws SQLException {
    BenchWorld.resetCharacters(dataSource, characters);
    simulator.setLatency(Duration.ZERO);
    int batches = (characters + settings.run().batchSize() - 1) / settings.run().batchSize();
    int every = Math.max(1, batches / 10);
    try (HeapSampler heap = new HeapSampler()) {
      int[] samples = {0};
      CharacterSyncListener sampler =
          new CharacterSyncListener() {
            @Override
            public void batchFinished(int batch, CharacterSyncReport totals) {
              if (batch % every == 0) {
                heap.sampleLive();
                samples[0]++;
              }
            }
          };
      heap.start();
      SyncWiring.Outcome outcome = wiring.runOnce(settings, sampler, Clock.systemUTC());
      return new Memory(
          characters,
          settings.run().batchSize(),
          heap.baseline(),
          heap.maxLive(),
          heap.maxAfterAnyGc(),
          heap.peakUsed(),
          samples[0],
          outcome.report().updated());
    }
  }
}
