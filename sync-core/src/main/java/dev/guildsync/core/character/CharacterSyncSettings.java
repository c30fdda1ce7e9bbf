package dev.guildsync.core.character;

import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.FailureBackoff;
import dev.guildsync.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;
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
 * @param untrackedGuilds what to do with guilds no local guild tracks (default {@link
 *     UntrackedGuildPolicy#REPORT}; {@code REGISTER} needs a guild registry)
 * @param retentionCheckAfter how long a character may go without being validated (a profile fetched
 *     with its recorded id, a 304, or a valid status) before it costs a status check (default 30
 *     days, Blizzard's rule)
 * @param retention what happens to a character the status endpoint calls invalid (default {@link
 *     RetentionPolicy#PURGE})
 * @param activeWithin a character whose last login is older than this is idle (default 14 days)
 * @param idleStaleAfter how old an idle available character's last sync must be to sync it again
 *     (default 7 days; never shorter than {@code staleAfter}; a zero {@code staleAfter} syncs idle
 *     characters every run too)
 */
public record CharacterSyncSettings(
    int batchSize,
    Duration staleAfter,
    Duration unavailableRecheck,
    FailureBackoff failureBackoff,
    int concurrency,
    OptionalInt maxCharactersPerRun,
    Duration lease,
    Optional<Executor> executor,
    UntrackedGuildPolicy untrackedGuilds,
    Duration retentionCheckAfter,
    RetentionPolicy retention,
    Duration activeWithin,
    Duration idleStaleAfter) {

  /**
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException naming the component when it is out of the range its builder
   *     setter documents
   */
  public CharacterSyncSettings {
    Checks.requireRange(batchSize, 1, 10_000, "batchSize");
    Checks.requireNotNegative(staleAfter, "staleAfter");
    Checks.requirePositive(unavailableRecheck, "unavailableRecheck");
    Objects.requireNonNull(failureBackoff, "failureBackoff");
    Checks.requireRange(concurrency, 1, 1_024, "concurrency");
    Objects.requireNonNull(maxCharactersPerRun, "maxCharactersPerRun");
    maxCharactersPerRun.ifPresent(
        n -> Checks.requireRange(n, 1, Integer.MAX_VALUE, "maxCharactersPerRun"));
    Checks.requirePositive(lease, "lease");
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(untrackedGuilds, "untrackedGuilds");
    Checks.requirePositive(retentionCheckAfter, "retentionCheckAfter");
    Objects.requireNonNull(retention, "retention");
    Checks.requirePositive(activeWithin, "activeWithin");
    Checks.requireNotNegative(idleStaleAfter, "idleStaleAfter");
  }

  /**
   * How old an idle available character's last sync must be to sync it again: {@code
   * idleStaleAfter}, but never shorter than {@code staleAfter}, and zero when {@code staleAfter} is
   * zero (every available character once per run, whatever its activity).
   */
  public Duration effectiveIdleStaleAfter() {
    if (staleAfter.isZero()) {
      return Duration.ZERO;
    }
    return idleStaleAfter.compareTo(staleAfter) > 0 ? idleStaleAfter : staleAfter;
  }

  /**
   * The query a run started at {@code runStart} sends at {@code now}: staleness, activity and
   * validation are measured from the run's start (so a long run does not re-sync what it synced
   * itself), the lease from {@code now}. Status checks are included; see {@link
   * DueQuery#withoutStatusChecks()}.
   *
   * @param runStart when the run started
   * @param now the current time, from the run's clock
   * @param limit how many to claim at most, positive
   * @throws IllegalArgumentException when {@code limit} is not positive
   */
  public DueQuery dueQuery(Instant runStart, Instant now, int limit) {
    Objects.requireNonNull(runStart, "runStart");
    return new DueQuery(
        now,
        runStart.minus(staleAfter),
        runStart.minus(unavailableRecheck),
        limit,
        lease,
        runStart.minus(effectiveIdleStaleAfter()),
        runStart.minus(activeWithin),
        Optional.of(runStart.minus(retentionCheckAfter)));
  }

  /** The defaults listed on this record. */
  public static CharacterSyncSettings defaults() {
    return newBuilder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Builds {@link CharacterSyncSettings}. Each setter checks its value at once and throws {@link
   * IllegalArgumentException} naming the problem (or {@link NullPointerException} for null). Not
   * thread-safe.
   */
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
    private UntrackedGuildPolicy untrackedGuilds = UntrackedGuildPolicy.REPORT;
    private Duration retentionCheckAfter = Duration.ofDays(30);
    private RetentionPolicy retention = RetentionPolicy.PURGE;
    private Duration activeWithin = Duration.ofDays(14);
    private Duration idleStaleAfter = Duration.ofDays(7);

    private Builder() {}

    /** Characters claimed, fetched and saved together, 1 to 10,000; default 100. */
    public Builder batchSize(int batchSize) {
      Checks.requireRange(batchSize, 1, 10_000, "batchSize");
      this.batchSize = batchSize;
      return this;
    }

    /**
     * How old an available character's last sync must be to sync it again, zero or more; default 6
     * hours. Zero syncs every available character once per run.
     */
    public Builder staleAfter(Duration staleAfter) {
      Checks.requireNotNegative(staleAfter, "staleAfter");
      this.staleAfter = staleAfter;
      return this;
    }

    /**
     * How long an unavailable character waits before it is checked again, positive; default 7 days.
     */
    public Builder unavailableRecheck(Duration unavailableRecheck) {
      Checks.requirePositive(unavailableRecheck, "unavailableRecheck");
      this.unavailableRecheck = unavailableRecheck;
      return this;
    }

    /**
     * The wait after a first failure, positive; it doubles per consecutive failure up to {@code
     * max}, which must not be shorter. Defaults 15 minutes and 1 day.
     *
     * @throws IllegalArgumentException when {@code base} is not positive or {@code max} is shorter
     */
    public Builder failureBackoff(Duration base, Duration max) {
      new FailureBackoff(base, max);
      this.failureBackoff = base;
      this.maxFailureBackoff = max;
      return this;
    }

    /** How many fetches run at once at most, 1 to 1,024; default 8. */
    public Builder concurrency(int concurrency) {
      Checks.requireRange(concurrency, 1, 1_024, "concurrency");
      this.concurrency = concurrency;
      return this;
    }

    /** The most characters one run handles, 1 or more; default no limit. */
    public Builder maxCharactersPerRun(int maxCharactersPerRun) {
      Checks.requireRange(maxCharactersPerRun, 1, Integer.MAX_VALUE, "maxCharactersPerRun");
      this.maxCharactersPerRun = OptionalInt.of(maxCharactersPerRun);
      return this;
    }

    /**
     * How long claimed characters stay reserved for this run, positive; default 10 minutes. A batch
     * that takes longer may be claimed by another run.
     */
    public Builder lease(Duration lease) {
      Checks.requirePositive(lease, "lease");
      this.lease = lease;
      return this;
    }

    /**
     * Runs fetches on {@code executor} (e.g. virtual threads) instead of a pool per run. At most
     * {@code concurrency} fetches are in flight whatever the executor allows. The service never
     * shuts it down. Default: a pool of {@code concurrency} threads per run.
     *
     * @throws NullPointerException when {@code executor} is null
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** What to do with guilds no local guild tracks (G9). */
    public Builder untrackedGuilds(UntrackedGuildPolicy untrackedGuilds) {
      this.untrackedGuilds = Objects.requireNonNull(untrackedGuilds, "untrackedGuilds");
      return this;
    }

    /**
     * How long a character may go without being validated before it costs one status request,
     * positive; default 30 days (Blizzard's rule). A profile fetched with the recorded Battle.net
     * id, a 304 and a valid status all validate, so only characters the profile sync does not
     * validate (404s, identity changes, long stale-after settings) are checked.
     */
    public Builder retentionCheckAfter(Duration retentionCheckAfter) {
      Checks.requirePositive(retentionCheckAfter, "retentionCheckAfter");
      this.retentionCheckAfter = retentionCheckAfter;
      return this;
    }

    /** What happens to a character the status endpoint calls invalid; default {@code PURGE}. */
    public Builder retention(RetentionPolicy retention) {
      this.retention = Objects.requireNonNull(retention, "retention");
      return this;
    }

    /**
     * A character whose last login is older than this (strictly) is idle, positive; default 14
     * days. A character with no known last login is active.
     */
    public Builder activeWithin(Duration activeWithin) {
      Checks.requirePositive(activeWithin, "activeWithin");
      this.activeWithin = activeWithin;
      return this;
    }

    /**
     * How old an idle available character's last sync must be to sync it again, zero or more;
     * default 7 days. Never shorter than {@code staleAfter} in effect; a zero {@code staleAfter}
     * syncs every available character once per run whatever its activity.
     */
    public Builder idleStaleAfter(Duration idleStaleAfter) {
      Checks.requireNotNegative(idleStaleAfter, "idleStaleAfter");
      this.idleStaleAfter = idleStaleAfter;
      return this;
    }

    /** The settings; every value was checked by its setter. */
    public CharacterSyncSettings build() {
      return new CharacterSyncSettings(
          batchSize,
          staleAfter,
          unavailableRecheck,
          new FailureBackoff(failureBackoff, maxFailureBackoff),
          concurrency,
          maxCharactersPerRun,
          lease,
          Optional.ofNullable(executor),
          untrackedGuilds,
          retentionCheckAfter,
          retention,
          activeWithin,
          idleStaleAfter);
    }
  }
}
