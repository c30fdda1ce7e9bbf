package dev.guildsync.example;

import dev.guildsync.RunReport;
import dev.guildsync.bnet.BattleNetClient;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.guild.GuildSyncReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;

/**
 * The metrics {@code run} serves on {@code /metrics}, through Micrometer: runs per result, run
 * duration, characters per outcome, runs Battle.net's outage stopped and whether the last run found
 * it available, and the Battle.net client's requests sent, retried and throttled. A service
 * embedding guildsync would register the same on its own registry.
 */
final class SyncMetrics {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Timer runs;
  private final Counter failedRuns;
  private final Counter unavailableRuns;
  private final AtomicInteger available = new AtomicInteger(1);

  SyncMetrics(BattleNetClient client) {
    runs =
        Timer.builder("guildsync.run")
            .description("Completed sync runs and how long they took")
            .tag("result", "completed")
            .register(registry);
    failedRuns =
        Counter.builder("guildsync.runs.failed")
            .description("Sync runs that ended with a fatal error")
            .register(registry);
    unavailableRuns =
        Counter.builder("guildsync.runs.unavailable")
            .description("Sync runs that stopped early because Battle.net was not answering")
            .register(registry);
    Gauge.builder("guildsync.battlenet.available", available, AtomicInteger::get)
        .description("1 unless the last run found Battle.net not answering or unreachable")
        .register(registry);
    requests(client, "sent", c -> c.requestCounts().sent());
    requests(client, "retried", c -> c.requestCounts().retried());
    requests(client, "throttled", c -> c.requestCounts().throttled());
  }

  private void requests(BattleNetClient client, String kind, ToDoubleFunction<BattleNetClient> f) {
    FunctionCounter.builder("guildsync.requests", client, f)
        .description("Battle.net API requests of this process")
        .tag("kind", kind)
        .register(registry);
  }

  /** Counts a completed run. */
  void completed(RunReport run, Duration took) {
    runs.record(took);
    available.set(1);
    CharacterSyncReport report = run.characters().orElseGet(Reports::noCharacters);
    GuildSyncReport guilds = run.guilds().orElseGet(Reports::noGuilds);
    guilds("updated", guilds.updated());
    guilds("unchanged", guilds.unchanged());
    guilds("not_found", guilds.notFound());
    guilds("failed", guilds.failed());
    guilds("duplicate", guilds.duplicates());
    characters("updated", report.updated());
    characters("unchanged", report.unchanged());
    characters("not_found", report.notFound());
    characters("identity_changed", report.identityChanged());
    characters("failed", report.failed());
  }

  /** Counts a run that ended with a fatal error. */
  void failed() {
    failedRuns.increment();
  }

  /**
   * Counts a run that Battle.net's outage stopped; Battle.net counts as unavailable until one
   * completes.
   */
  void unavailable() {
    unavailableRuns.increment();
    available.set(0);
  }

  private void guilds(String outcome, long n) {
    Counter.builder("guildsync.guilds")
        .description("Guilds synced, per outcome")
        .tag("outcome", outcome)
        .register(registry)
        .increment(n);
  }

  private void characters(String outcome, long n) {
    Counter.builder("guildsync.characters")
        .description("Characters synced, per outcome")
        .tag("outcome", outcome)
        .register(registry)
        .increment(n);
  }

  /** The Prometheus text format of every meter. */
  String scrape() {
    return registry.scrape();
  }
}
