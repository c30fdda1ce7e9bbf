package dev.guildsync.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the health indicator and the endpoint both tell about the sync: whether it syncs (and why
 * not), the run in progress, the last run's end and failure, and the next scheduled run. Plain
 * strings and numbers, so any JSON mapper renders them alike.
 */
final class RunStatus {
  private RunStatus() {}

  static Map<String, Object> of(GuildSyncRunner runner, Supplier<GuildSyncScheduler> scheduler) {
    Map<String, Object> status = new LinkedHashMap<>();
    Optional<String> notSyncing = runner.notSyncingReason();
    status.put("syncing", notSyncing.isEmpty());
    notSyncing.ifPresent(reason -> status.put("reason", reason));
    Optional<GuildSyncScheduler> schedule = Optional.ofNullable(scheduler.get());
    schedule.ifPresent(s -> status.put("every", s.every().toString()));
    runner.runningSince().ifPresent(since -> status.put("runningSince", since.toString()));
    runner
        .lastRun()
        .ifPresent(
            last -> {
              status.put("lastRunStartedAt", last.startedAt().toString());
              status.put("lastRunFinishedAt", last.finishedAt().toString());
              status.put("lastRunOutcome", last.completed() ? "completed" : "failed");
              last.failure().ifPresent(failure -> status.put("lastRunFailure", failure));
            });
    schedule
        .flatMap(GuildSyncScheduler::nextRunAt)
        .ifPresent(next -> status.put("nextRunAt", next.toString()));
    return status;
  }
}
