package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.FetchResult;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatorFixtures;
import dev.guildsync.simulator.SimulatorOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The limiter keeps every wall-clock second under the quota while staying close to it. */
class RateLimitIT {
  private record Run(double achievedPerSecond, long maxInAnySecond, long throttled, long found) {}

  private static Run hammer(BattleNetSimulator sim, BattleNetClient client, Duration length)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    AtomicLong found = new AtomicLong();
    long deadline = System.nanoTime() + length.toNanos();
    // The token request is made first so the measured window holds only API requests.
    assertThat(client.fetchProfile(TestClients.eu("argent-dawn", "Ærøn"), Optional.empty()))
        .isInstanceOf(FetchResult.Found.class);
    sim.resetStats();
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        workers.add(
            pool.submit(
                () -> {
                  while (System.nanoTime() < deadline) {
                    if (client.fetchProfile(TestClients.eu("argent-dawn", "Ærøn"), Optional.empty())
                        instanceof FetchResult.Found<CharacterProfile>) {
                      found.incrementAndGet();
                    }
                  }
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    var stats = sim.stats();
    Map<Long, Long> perSecond = sim.requestsPerSecond();
    System.out.printf(
        "rate: %.1f/s achieved, max %d in one wall-clock second, %d throttled, per second %s%n",
        stats.apiRequests() / seconds, stats.maxPerSecond(), stats.throttled(), perSecond.values());
    return new Run(
        stats.apiRequests() / seconds, stats.maxPerSecond(), stats.throttled(), found.get());
  }

  private static BattleNetSimulator simulator(SimulatorOptions options) {
    var sim = BattleNetSimulator.start(options);
    sim.putRawCharacter(
        Region.EU,
        "argent-dawn",
        "Ærøn",
        SimulatorFixtures.read(SimulatorFixtures.GUILDED),
        Instant.now());
    return sim;
  }

  @Test
  void fiftyPerSecondNeverExceedsFiftyInAnyWallClockSecond() throws Exception {
    try (var sim = simulator(SimulatorOptions.defaults());
        var client = TestClients.forSimulator(sim).requestsPerSecond(50).build()) {
      Run run = hammer(sim, client, Duration.ofMillis(3500));
      assertThat(run.maxInAnySecond()).isLessThanOrEqualTo(50);
      // Requests in every second of the run, paced rather than bunched into one burst. How
      // close to 50/s it gets is a speed, checked without a clock by RateLimiterTest (the
      // limiter's pace) and measured by the bench; a floor here failed on a busy machine.
      assertThat(sim.requestsPerSecond()).hasSizeGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void aHundredPerSecondAgainstTheRealQuotaIsNeverThrottled() throws Exception {
    try (var sim = simulator(SimulatorOptions.defaults().withQuota(100, false));
        var client = TestClients.forSimulator(sim).build()) {
      Run run = hammer(sim, client, Duration.ofMillis(3500));
      assertThat(run.throttled()).isZero();
      assertThat(client.requestCounts().throttled()).isZero();
      assertThat(run.maxInAnySecond()).isLessThanOrEqualTo(100);
      // The limiter's pace (99/s) is checked without a clock by RateLimiterTest; what it achieves
      // is measured over 30 s by the bench (docs/PERFORMANCE.md), not asserted by a timer here.
    }
  }

  @Test
  void theSimulatorQuotaAnswers429PastTheLimit() throws Exception {
    try (var sim = simulator(SimulatorOptions.defaults().withQuota(20, true));
        var client = TestClients.forSimulator(sim).requestsPerSecond(1000).maxRetries(0).build()) {
      Run run = hammer(sim, client, Duration.ofMillis(1500));
      assertThat(run.throttled()).isPositive();
      assertThat(client.requestCounts().throttled()).isEqualTo(run.throttled());
    }
  }
}
