package dev.guildsync.core.character;

import dev.guildsync.core.FailureBackoff;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;

/**
 * How a {@link CharacterSyncService} runs. Immutable; made by {@link #newBuilder()} or {@link
 * #defaults()}.
 *
 * @param batchSize characters claimed, fetched and saved together (default 100)
 * @param staleAfter how old an available character's last sync must be to sync it again (default 6
 *     hours; zero syncs every character once per run)
 * @param unavailableRecheck how long an unavailable character waits before it is checked again
 *     (default 7 days)
 * @param failureBackoff how long a failed character waits (default 15 minutes, doubling per
 *     consecutive failure, at most 1 day)
 * @param concurrency how many fetches run at once at most (default 8)
 * @param maxCharactersPerRun the most characters one run handles; empty for no limit (default)
 * @param lease how long claimed characters stay reserved for this run after the last renewal
 *     (default 1 minute). The run renews it every third of this while a batch is in progress, so a
 *     slow batch keeps its characters however long it takes, while a crashed run's characters come
 *     back within this time; a run that fails or is stopped releases them at once
 * @param executor where fetches run; empty for a pool of {@code concurrency} threads per run
 */
public record CharacterSyncSettings(
    int batchSize,
    Duration staleAfter,
    Duration unavailableRecheck,
    FailureBackoff failureBackoff,
    int concurrency,
    OptionalInt maxCharactersPerRun,
    Duration lease,
    Optional<Executor> executor) {

  public CharacterSyncSettings {
    requireRange(batchSize, 1, 10_000, "batchSize");
    requireNotNegative(staleAfter, "staleAfter");
    requirePositive(unavailableRecheck, "unavailableRecheck");
    Objects.requireNonNull(failureBackoff, "failureBackoff");
    requireRange(concurrency, 1, 1_024, "concurrency");
    Objects.requireNonNull(maxCharactersPerRun, "maxCharactersPerRun");
    maxCharactersPerRun.ifPresent(
        n -> requireRange(n, 1, Integer.MAX_VALUE, "maxCharactersPerRun"));
    requirePositive(lease, "lease");
    Objects.requireNonNull(executor, "executor");
  }

  /** The defaults listed on this record. */
  public static CharacterSyncSettings defaults() {
    return newBuilder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder newBuilder() {
    return new Builder();
  }

  private static void requireRange(int value, int min, int max, String what) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          what + " must be between " + min + " and " + max + ": " + value);
    }
  }

  private static void requireNotNegative(Duration value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative: " + value);
    }
  }

  private static void requirePositive(Duration value, String what) {
    requireNotNegative(value, what);
    if (value.isZero()) {
      throw new IllegalArgumentException(what + " must be positive: " + value);
    }
  }

  /** Builds {@link CharacterSyncSettings}; each setter validates at once. Not thread-safe. */
  public static final class Builder {
    private int batchSize = 100;
    private Duration staleAfter = Duration.ofHours(6);
    private Duration unavailableRecheck = Duration.ofDays(7);
    private Duration failureBackoff = Duration.ofMinutes(15);
    private Duration maxFailureBackoff = Duration.ofDays(1);
    private int concurrency = 8;
    private OptionalInt maxCharactersPerRun = OptionalInt.empty();
    private Duration lease = Duration.ofMinutes(1);
    private Executor executor;

    private Builder() {}

    public Builder batchSize(int batchSize) {
      requireRange(batchSize, 1, 10_000, "batchSize");
      this.batchSize = batchSize;
      return this;
    }

    public Builder staleAfter(Duration staleAfter) {
      requireNotNegative(staleAfter, "staleAfter");
      this.staleAfter = staleAfter;
      return this;
    }

    public Builder unavailableRecheck(Duration unavailableRecheck) {
      requirePositive(unavailableRecheck, "unavailableRecheck");
      this.unavailableRecheck = unavailableRecheck;
      return this;
    }

    /** The wait after a first failure; it doubles per consecutive failure up to {@code max}. */
    public Builder failureBackoff(Duration base, Duration max) {
      new FailureBackoff(base, max);
      this.failureBackoff = base;
      this.maxFailureBackoff = max;
      return this;
    }

    public Builder concurrency(int concurrency) {
      requireRange(concurrency, 1, 1_024, "concurrency");
      this.concurrency = concurrency;
      return this;
    }

    public Builder maxCharactersPerRun(int maxCharactersPerRun) {
      requireRange(maxCharactersPerRun, 1, Integer.MAX_VALUE, "maxCharactersPerRun");
      this.maxCharactersPerRun = OptionalInt.of(maxCharactersPerRun);
      return this;
    }

    public Builder lease(Duration lease) {
      requirePositive(lease, "lease");
      this.lease = lease;
      return this;
    }

    /**
     * Runs fetches on {@code executor} (e.g. virtual threads) instead of a pool per run. At most
     * {@code concurrency} fetches are in flight whatever the executor allows. The service never
     * shuts it down.
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    public CharacterSyncSettings build() {
      return new CharacterSyncSettings(
          batchSize,
          staleAfter,
          unavailableRecheck,
          new FailureBackoff(failureBackoff, maxFailureBackoff),
          concurrency,
          maxCharactersPerRun,
          lease,
          Optional.ofNullable(executor));
    }
  }
}
