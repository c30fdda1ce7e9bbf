package dev.guildsync.core.guild;

import static dev.guildsync.core.internal.Checks.requireNotNegative;
import static dev.guildsync.core.internal.Checks.requirePositive;
import static dev.guildsync.core.internal.Checks.requireRange;

import dev.guildsync.core.claim.FailureBackoff;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;

/**
 * How a {@link GuildSyncService} runs. Immutable; made by {@link #newBuilder()} or {@link
 * #defaults()}.
 *
 * @param batchSize guilds claimed and fetched together (default 20); each is saved on its own
 * @param staleAfter how old an available guild's last sync must be to sync it again (default 6
 *     hours; zero syncs every guild once per run)
 * @param leaveConfirmations how many consecutive received rosters a member must be missing from
 *     before its leave is recorded (default 2; 304s and failures confirm nothing)
 * @param unavailableRecheck how long an unavailable guild waits before it is checked again (default
 *     7 days)
 * @param failureBackoff how long a failed guild waits (default 15 minutes, doubling per consecutive
 *     failure, at most 1 day)
 * @param concurrency how many roster fetches run at once at most (default 4)
 * @param maxGuildsPerRun the most guilds one run handles; empty for no limit (default)
 * @param lease how long claimed guilds stay reserved for this run after the last renewal (default 1
 *     minute; a heartbeat renews it every third while the batch is in progress, so a crashed run's
 *     guilds come back within this time; a run that fails or is stopped releases them at once)
 * @param executor where fetches run; empty for a pool of {@code concurrency} threads per run
 */
public record GuildSyncSettings(
    int batchSize,
    Duration staleAfter,
    int leaveConfirmations,
    Duration unavailableRecheck,
    FailureBackoff failureBackoff,
    int concurrency,
    OptionalInt maxGuildsPerRun,
    Duration lease,
    Optional<Executor> executor) {

  /**
   * @throws IllegalArgumentException when a value is out of range
   * @throws NullPointerException when a component is null
   */
  public GuildSyncSettings {
    requireRange(batchSize, 1, 1_000, "batchSize");
    requireNotNegative(staleAfter, "staleAfter");
    requireRange(leaveConfirmations, 1, 100, "leaveConfirmations");
    requirePositive(unavailableRecheck, "unavailableRecheck");
    Objects.requireNonNull(failureBackoff, "failureBackoff");
    requireRange(concurrency, 1, 1_024, "concurrency");
    Objects.requireNonNull(maxGuildsPerRun, "maxGuildsPerRun");
    maxGuildsPerRun.ifPresent(n -> requireRange(n, 1, Integer.MAX_VALUE, "maxGuildsPerRun"));
    requirePositive(lease, "lease");
    Objects.requireNonNull(executor, "executor");
  }

  /** The defaults listed on this record. */
  public static GuildSyncSettings defaults() {
    return newBuilder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** Builds {@link GuildSyncSettings}; each setter validates at once. Not thread-safe. */
  public static final class Builder {
    private int batchSize = 20;
    private Duration staleAfter = Duration.ofHours(6);
    private int leaveConfirmations = 2;
    private Duration unavailableRecheck = Duration.ofDays(7);
    private FailureBackoff failureBackoff =
        new FailureBackoff(Duration.ofMinutes(15), Duration.ofDays(1));
    private int concurrency = 4;
    private OptionalInt maxGuildsPerRun = OptionalInt.empty();
    private Duration lease = Duration.ofMinutes(1);
    private Executor executor;

    private Builder() {}

    public Builder batchSize(int batchSize) {
      requireRange(batchSize, 1, 1_000, "batchSize");
      this.batchSize = batchSize;
      return this;
    }

    public Builder staleAfter(Duration staleAfter) {
      requireNotNegative(staleAfter, "staleAfter");
      this.staleAfter = staleAfter;
      return this;
    }

    public Builder leaveConfirmations(int leaveConfirmations) {
      requireRange(leaveConfirmations, 1, 100, "leaveConfirmations");
      this.leaveConfirmations = leaveConfirmations;
      return this;
    }

    public Builder unavailableRecheck(Duration unavailableRecheck) {
      requirePositive(unavailableRecheck, "unavailableRecheck");
      this.unavailableRecheck = unavailableRecheck;
      return this;
    }

    /** The wait after a first failure; it doubles per consecutive failure up to {@code max}. */
    public Builder failureBackoff(Duration base, Duration max) {
      this.failureBackoff = new FailureBackoff(base, max);
      return this;
    }

    public Builder concurrency(int concurrency) {
      requireRange(concurrency, 1, 1_024, "concurrency");
      this.concurrency = concurrency;
      return this;
    }

    public Builder maxGuildsPerRun(int maxGuildsPerRun) {
      requireRange(maxGuildsPerRun, 1, Integer.MAX_VALUE, "maxGuildsPerRun");
      this.maxGuildsPerRun = OptionalInt.of(maxGuildsPerRun);
      return this;
    }

    public Builder lease(Duration lease) {
      requirePositive(lease, "lease");
      this.lease = lease;
      return this;
    }

    /**
     * Runs fetches on {@code executor} (e.g. virtual threads, or the character sync's) instead of a
     * pool per run. At most {@code concurrency} fetches are in flight whatever the executor allows.
     * The service never shuts it down.
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    public GuildSyncSettings build() {
      return new GuildSyncSettings(
          batchSize,
          staleAfter,
          leaveConfirmations,
          unavailableRecheck,
          failureBackoff,
          concurrency,
          maxGuildsPerRun,
          lease,
          Optional.ofNullable(executor));
    }
  }
}
