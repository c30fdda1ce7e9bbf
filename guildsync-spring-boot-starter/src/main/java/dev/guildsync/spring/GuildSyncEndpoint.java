package dev.guildsync.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * The actuator endpoint {@code guildsync}. Read: whether it syncs (or why not), the schedule, the
 * run in progress, the last run and its report, the next run. Write ({@code POST}): start a run now
 * on the scheduler's thread, or answer that one is running. Read-only unless the application grants
 * more ({@code management.endpoint.guildsync.access=unrestricted}); exposed over HTTP only when the
 * application includes it ({@code management.endpoints.web.exposure.include}).
 */
@Endpoint(id = "guildsync", defaultAccess = Access.READ_ONLY)
public class GuildSyncEndpoint {
  private final GuildSyncRunner runner;
  private final Supplier<GuildSyncScheduler> scheduler;

  /**
   * @param scheduler the scheduler, or a supplier of null when nothing is scheduled
   */
  public GuildSyncEndpoint(GuildSyncRunner runner, Supplier<GuildSyncScheduler> scheduler) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
  }

  /** The sync's state, and the last run's report as {@code lastRunReport} once a run completed. */
  @ReadOperation
  public Map<String, Object> status() {
    Map<String, Object> status = RunStatus.of(runner, scheduler);
    runner
        .lastRun()
        .flatMap(LastRun::report)
        .ifPresent(report -> status.put("lastRunReport", report));
    return status;
  }

  /** Starts a run now; {@code started} says whether it did, {@code state} why. */
  @WriteOperation
  public Map<String, Object> runNow() {
    Map<String, Object> answer = new LinkedHashMap<>();
    GuildSyncScheduler schedule = scheduler.get();
    String state;
    if (runner.notSyncingReason().isPresent()) {
      state = "not syncing: " + runner.notSyncingReason().get();
    } else if (schedule == null) {
      state = "no scheduler: guildsync.sync.every is not set";
    } else {
      state =
          switch (schedule.runNow()) {
            case STARTED -> "started";
            case ALREADY_RUNNING -> "a run is in progress";
            case NOT_RUNNING -> "the scheduler is stopped";
          };
    }
    answer.put("started", state.equals("started"));
    answer.put("state", state);
    return answer;
  }
}
