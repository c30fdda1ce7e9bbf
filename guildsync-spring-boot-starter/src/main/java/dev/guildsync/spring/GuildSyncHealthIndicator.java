package dev.guildsync.spring;

import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code guildsync} in the application's health (opt-in: {@code
 * management.health.guildsync.enabled=true}): UP while the last run completed or none has finished
 * yet, DOWN with the reason after a run failed as a whole, UNKNOWN when nothing syncs (no
 * credentials). Like the example app's {@code /health}. Keep it out of the liveness group: a
 * Battle.net or database outage is no reason to restart the application.
 */
final class GuildSyncHealthIndicator implements HealthIndicator {
  private final GuildSyncRunner runner;
  private final Supplier<GuildSyncScheduler> scheduler;

  GuildSyncHealthIndicator(GuildSyncRunner runner, Supplier<GuildSyncScheduler> scheduler) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
  }

  @Override
  public Health health() {
    Health.Builder health;
    if (runner.notSyncingReason().isPresent()) {
      health = Health.unknown();
    } else if (runner.lastRun().map(LastRun::completed).orElse(true)) {
      health = Health.up();
    } else {
      health = Health.down();
    }
    return health.withDetails(RunStatus.of(runner, scheduler)).build();
  }
}
