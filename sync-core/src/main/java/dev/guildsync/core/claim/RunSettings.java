package dev.guildsync.core.claim;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executor;

/**
 * How a sync claims and runs its batches: the settings every sync shares, checked here once. Each
 * sync's settings hold one ({@code CharacterSyncSettings.run()}, {@code GuildSyncSettings.run()})
 * with that sync's defaults and largest batch. Immutable; made by the syncs' settings builders.
 *
 * @param batchSize items claimed, fetched and saved together, 1 to {@link #MAX_BATCH_SIZE}
 * @param staleAfter how old an available item's last sync must be to sync it again, zero or more
 *     (zero syncs every item once per run)
 * @param unavailableRecheck how long an unavailable item waits before it is checked again, positive
 * @param failureBackoff how long a failed item waits
 * @param concurrency how many fetches run at once at most, 1 to {@link #MAX_CONCURRENCY}
 * @param maxPerRun the most items one run handles, 1 or more; empty for no limit
 * @param lease how long claimed items stay reserved for the run after the last renewal, positive.
 *     The run renews it every third of this while a batch is in progress, so a slow batch keeps its
 *     items however long it takes, while a crashed run's items come back within this time; a run
 *     that fails or is stopped releases them at once
 * @param executor where fetches run; empty for a pool of {@code concurrency} threads per run
 */
public record RunSettings(
    int batchSize,
    Duration staleAfter,
    Duration unavailableRecheck,
    FailureBackoff failureBackoff,
    int concurrency,
    OptionalInt maxPerRun,
    Duration lease,
    Optional<Executor> executor) {
  /** The largest batch any sync allows. */
  public static final int MAX_BATCH_SIZE = 10_000;

  /** The most fetches in flight any sync allows. */
  public static final int MAX_CONCURRENCY = 1_024;

  /**
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException naming the component when it is out of its range
   */
  public RunSettings {
    batchSize(batchSize, MAX_BATCH_SIZE);
    notNegative(staleAfter, "staleAfter");
    positive(unavailableRecheck, "unavailableRecheck");
    Objects.requireNonNull(failureBackoff, "failureBackoff");
    atLeastOne(concurrency, MAX_CONCURRENCY, "concurrency");
    Objects.requireNonNull(maxPerRun, "maxPerRun").ifPresent(RunSettings::maxPerRun);
    positive(lease, "lease");
    Objects.requireNonNull(executor, "executor");
  }

  /**
   * These settings when their batch size is at most {@code max}, the largest batch a sync allows.
   *
   * @throws IllegalArgumentException naming {@code batchSize} when it is larger
   */
  public RunSettings requireBatchSizeAtMost(int max) {
    batchSize(batchSize, max);
    return this;
  }

  /**
   * The query a run started at {@code runStart} sends at {@code now}: staleness is measured from
   * the run's start (so a long run does not re-sync what it synced itself), the lease from {@code
   * now}. No activity rule and no status checks.
   *
   * @param limit how many to claim at most, positive
   * @throws IllegalArgumentException when {@code limit} is not positive
   */
  public DueQuery dueQuery(Instant runStart, Instant now, int limit) {
    return new DueQuery(
        now, runStart.minus(staleAfter), runStart.minus(unavailableRecheck), limit, lease);
  }

  private static int batchSize(int batchSize, int max) {
    return atLeastOne(batchSize, max, "batchSize");
  }

  private static int maxPerRun(int maxPerRun) {
    return atLeastOne(maxPerRun, Integer.MAX_VALUE, "maxPerRun");
  }

  private static int atLeastOne(int value, int max, String what) {
    if (value < 1 || value > max) {
      throw new IllegalArgumentException(what + " must be between 1 and " + max + ": " + value);
    }
    return value;
  }

  private static Duration notNegative(Duration value, String what) {
    if (Objects.requireNonNull(value, what).isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative: " + value);
    }
    return value;
  }

  private static Duration positive(Duration value, String what) {
    if (notNegative(value, what).isZero()) {
      throw new IllegalArgumentException(what + " must be positive: " + value);
    }
    return value;
  }

  /**
   * The setters of the settings every sync shares, inherited by each sync's settings builder. Each
   * setter checks its value at once, with the same check as the record, and throws {@link
   * IllegalArgumentException} naming the problem (or {@link NullPointerException} for null). Not
   * thread-safe.
   *
   * @param <B> the sync's builder, which every setter returns
   */
  public abstract static class Builder<B extends Builder<B>> {
    private final int maxBatchSize;
    private int batchSize;
    private Duration staleAfter = Duration.ofHours(6);
    private Duration unavailableRecheck = Duration.ofDays(7);
    private FailureBackoff failureBackoff = FailureBackoff.DEFAULT;
    private int concurrency;
    private OptionalInt maxPerRun = OptionalInt.empty();
    private Duration lease = Duration.ofMinutes(1);
    private Optional<Executor> executor = Optional.empty();

    /**
     * A builder with one sync's defaults; the others are 6 hours stale-after, 7 days
     * unavailable-recheck, 15 minutes to 1 day failure back-off, 1 minute lease, no run limit and a
     * pool per run.
     *
     * @param batchSize the sync's default batch size
     * @param maxBatchSize the sync's largest batch, at most {@link #MAX_BATCH_SIZE}
     * @param concurrency the sync's default concurrency
     */
    protected Builder(int batchSize, int maxBatchSize, int concurrency) {
      this.maxBatchSize = RunSettings.batchSize(maxBatchSize, MAX_BATCH_SIZE);
      batchSize(batchSize);
      concurrency(concurrency);
    }

    /** This builder, as the sync's type. */
    protected abstract B self();

    /** Items claimed, fetched and saved together, 1 to the sync's largest batch. */
    public B batchSize(int batchSize) {
      this.batchSize = RunSettings.batchSize(batchSize, maxBatchSize);
      return self();
    }

    /**
     * How old an available item's last sync must be to sync it again, zero or more; default 6
     * hours. Zero syncs every available item once per run.
     */
    public B staleAfter(Duration staleAfter) {
      this.staleAfter = notNegative(staleAfter, "staleAfter");
      return self();
    }

    /** How long an unavailable item waits before it is checked again, positive; default 7 days. */
    public B unavailableRecheck(Duration unavailableRecheck) {
      this.unavailableRecheck = positive(unavailableRecheck, "unavailableRecheck");
      return self();
    }

    /**
     * The wait after a first failure, positive; it doubles per consecutive failure up to {@code
     * max}, which must not be shorter. Defaults 15 minutes and 1 day.
     *
     * @throws IllegalArgumentException when {@code base} is not positive or {@code max} is shorter
     */
    public B failureBackoff(Duration base, Duration max) {
      this.failureBackoff = new FailureBackoff(base, max);
      return self();
    }

    /** How many fetches run at once at most, 1 to {@link #MAX_CONCURRENCY}. */
    public B concurrency(int concurrency) {
      this.concurrency = atLeastOne(concurrency, MAX_CONCURRENCY, "concurrency");
      return self();
    }

    /**
     * The most items one run handles, 1 or more; default no limit.
     *
     * @param what the setting's name in the sync's builder, for the message
     */
    protected B maxPerRun(int maxPerRun, String what) {
      this.maxPerRun = OptionalInt.of(atLeastOne(maxPerRun, Integer.MAX_VALUE, what));
      return self();
    }

    /**
     * How long claimed items stay reserved for the run after the last renewal, positive; default 1
     * minute. A heartbeat renews it every third while a batch is in progress.
     */
    public B lease(Duration lease) {
      this.lease = positive(lease, "lease");
      return self();
    }

    /**
     * Runs fetches on {@code executor} (e.g. virtual threads, or another sync's) instead of a pool
     * of {@code concurrency} threads per run. At most {@code concurrency} fetches are in flight
     * whatever the executor allows. A sync never shuts it down.
     *
     * @throws NullPointerException when {@code executor} is null
     */
    public B executor(Executor executor) {
      this.executor = Optional.of(Objects.requireNonNull(executor, "executor"));
      return self();
    }

    /** The shared settings set so far; every value was checked by its setter. */
    protected RunSettings runSettings() {
      return new RunSettings(
          batchSize,
          staleAfter,
          unavailableRecheck,
          failureBackoff,
          concurrency,
          maxPerRun,
          lease,
          executor);
    }
  }
}
