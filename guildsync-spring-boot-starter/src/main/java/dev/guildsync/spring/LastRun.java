package dev.guildsync.spring;

import dev.guildsync.RunReport;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How the last run of a {@link GuildSyncRunner} ended. Immutable.
 *
 * @param startedAt when it started
 * @param finishedAt when it ended
 * @param report what it did, when it completed; empty when it failed
 * @param failure the one-line reason, when it failed as a whole (database unreachable, schema
 *     missing, credentials rejected); empty when it completed
 */
public record LastRun(
    Instant startedAt, Instant finishedAt, Optional<RunReport> report, Optional<String> failure) {

  /**
   * Checks that no part is null and that exactly one of {@code report} and {@code failure} is
   * there.
   *
   * @throws IllegalArgumentException when both or neither are there
   */
  public LastRun {
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(failure, "failure");
    if (report.isPresent() == failure.isPresent()) {
      throw new IllegalArgumentException("a run either completed or failed");
    }
  }

  /** Whether the run completed (per-item problems are in its report). */
  public boolean completed() {
    return report.isPresent();
  }
}
