package dev.guildsync.spring;

import dev.guildsync.RunReport;
import dev.guildsync.bnet.BattleNetClient;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.guild.GuildSyncReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToIntFunction;

/**
 * guildsync's meters on the application's registries, with the example app's names ({@code
 * guildsync.run}, {@code guildsync.runs.failed}, {@code guildsync.guilds{outcome}}, {@code
 * guildsync.characters{outcome}}, {@code guildsync.requests{kind}}), counted from every run the
 * {@link GuildSyncRunner} makes. Thread-safe.
 */
final class GuildSyncMetrics implements MeterBinder, GuildSyncRunListener {
  private static final Map<String, ToIntFunction<GuildSyncReport>> GUILDS =
      Map.of(
          "updated", GuildSyncReport::updated,
          "unchanged", GuildSyncReport::unchanged,
          "not_found", GuildSyncReport::notFound,
          "failed", GuildSyncReport::failed,
          "duplicate", GuildSyncReport::duplicates);
  private static final Map<String, ToIntFunction<CharacterSyncReport>> CHARACTERS =
      Map.of(
          "updated", CharacterSyncReport::updated,
          "unchanged", CharacterSyncReport::unchanged,
          "not_found", CharacterSyncReport::notFound,
          "identity_changed", CharacterSyncReport::identityChanged,
          "failed", CharacterSyncReport::failed);

  private final BattleNetClient battleNet;
  private final List<MeterRegistry> registries = new CopyOnWriteArrayList<>();

  /**
   * @param battleNet the client whose requests {@code guildsync.requests} counts; null for none
   */
  GuildSyncMetrics(BattleNetClient battleNet) {
    this.battleNet = battleNet;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    registries.add(registry);
    runs(registry);
    failedRuns(registry);
    GUILDS.keySet().forEach(outcome -> guilds(registry, outcome));
    CHARACTERS.keySet().forEach(outcome -> characters(registry, outcome));
    if (battleNet != null) {
      requests(registry, "sent", c -> c.requestCounts().sent());
      requests(registry, "retried", c -> c.requestCounts().retried());
      requests(registry, "throttled", c -> c.requestCounts().throttled());
    }
  }

  @Override
  public void runCompleted(RunReport report, Duration took) {
    for (MeterRegistry registry : registries) {
      runs(registry).record(took);
      report
          .guilds()
          .ifPresent(g -> GUILDS.forEach((o, n) -> guilds(registry, o).increment(n.applyAsInt(g))));
      report
          .characters()
          .ifPresent(
              c ->
                  CHARACTERS.forEach((o, n) -> characters(registry, o).increment(n.applyAsInt(c))));
    }
  }

  @Override
  public void runFailed(SyncException failure, Duration took) {
    registries.forEach(registry -> failedRuns(registry).increment());
  }

  private static Timer runs(MeterRegistry registry) {
    return Timer.builder("guildsync.run")
        .description("Completed sync runs and how long they took")
        .tag("result", "completed")
        .register(registry);
  }

  private static Counter failedRuns(MeterRegistry registry) {
    return Counter.builder("guildsync.runs.failed")
        .description("Sync runs that ended with a fatal error")
        .register(registry);
  }

  private static Counter guilds(MeterRegistry registry, String outcome) {
    return Counter.builder("guildsync.guilds")
        .description("Guilds synced, per outcome")
        .tag("outcome", outcome)
        .register(registry);
  }

  private static Counter characters(MeterRegistry registry, String outcome) {
    return Counter.builder("guildsync.characters")
        .description("Characters synced, per outcome")
        .tag("outcome", outcome)
        .register(registry);
  }

  private void requests(
      MeterRegistry registry,
      String kind,
      java.util.function.ToDoubleFunction<BattleNetClient> count) {
    FunctionCounter.builder("guildsync.requests", battleNet, count)
        .description("Battle.net API requests of this process")
        .tag("kind", kind)
        .register(registry);
  }
}
