package dev.guildsync.core.character;

import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.RunSettings;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a {@link CharacterSyncService} runs. Immutable; made by {@link #newBuilder()} or {@link
 * #defaults()}.
 *
 * @param run what every sync shares: batch size (default 100, at most {@value #MAX_BATCH_SIZE}),
 *     stale-after (default 6 hours; zero syncs every character once per run), unavailable-recheck
 *     (default 7 days), failure back-off (default 15 minutes, doubling per consecutive failure, at
 *     most 1 day), concurrency (default 8), the most characters one run handles (default no limit),
 *     the lease (default 1 minute) and the executor (default a pool per run)
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
 * @param details the character details to sync after a login (D1; default none): each costs one
 *     request per character when due, and needs a detail source
 */
public record CharacterSyncSettings(
    RunSettings run,
    UntrackedGuildPolicy untrackedGuilds,
    Duration retentionCheckAfter,
    RetentionPolicy retention,
    Duration activeWithin,
    Duration idleStaleAfter,
    Set<CharacterDetail> details) {
  /** The largest batch of characters. */
  public static final int MAX_BATCH_SIZE = RunSettings.MAX_BATCH_SIZE;

  /**
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException naming the component when it is out of the range its builder
   *     setter documents
   */
  public CharacterSyncSettings {
    Objects.requireNonNull(run, "run").requireBatchSizeAtMost(MAX_BATCH_SIZE);
    Objects.requireNonNull(untrackedGuilds, "untrackedGuilds");
    Checks.requirePositive(retentionCheckAfter, "retentionCheckAfter");
    Objects.requireNonNull(retention, "retention");
    Checks.requirePositive(activeWithin, "activeWithin");
    Checks.requireNotNegative(idleStaleAfter, "idleStaleAfter");
    details = Set.copyOf(details);
  }

  /**
   * How old an idle available character's last sync must be to sync it again: {@code
   * idleStaleAfter}, but never shorter than {@code staleAfter}, and zero when {@code staleAfter} is
   * zero (every available character once per run, whatever its activity).
   */
  public Duration effectiveIdleStaleAfter() {
    Duration staleAfter = run.staleAfter();
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
    DueQuery query = run.dueQuery(runStart, now, limit);
    return new DueQuery(
        now,
        query.staleBefore(),
        query.unavailableBefore(),
        limit,
        query.leaseFor(),
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
   * Builds {@link CharacterSyncSettings}; the shared setters ({@code batchSize}, up to {@value
   * #MAX_BATCH_SIZE}, {@code staleAfter}, {@code unavailableRecheck}, {@code failureBackoff},
   * {@code concurrency}, {@code lease}, {@code executor}) are {@link RunSettings.Builder}'s. Each
   * setter checks its value at once and throws {@link IllegalArgumentException} naming the problem
   * (or {@link NullPointerException} for null). Not thread-safe.
   */
  public static final class Builder extends RunSettings.Builder<Builder> {
    private UntrackedGuildPolicy untrackedGuilds = UntrackedGuildPolicy.REPORT;
    private Duration retentionCheckAfter = Duration.ofDays(30);
    private RetentionPolicy retention = RetentionPolicy.PURGE;
    private Duration activeWithin = Duration.ofDays(14);
    private Duration idleStaleAfter = Duration.ofDays(7);
    private Set<CharacterDetail> details = Set.of();

    private Builder() {
      super(100, MAX_BATCH_SIZE, 8);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The most characters one run handles, 1 or more; default no limit. */
    public Builder maxCharactersPerRun(int maxCharactersPerRun) {
      return maxPerRun(maxCharactersPerRun, "maxCharactersPerRun");
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
      this.retentionCheckAfter = Checks.requirePositive(retentionCheckAfter, "retentionCheckAfter");
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
      this.activeWithin = Checks.requirePositive(activeWithin, "activeWithin");
      return this;
    }

    /**
     * How old an idle available character's last sync must be to sync it again, zero or more;
     * default 7 days. Never shorter than {@code staleAfter} in effect; a zero {@code staleAfter}
     * syncs every available character once per run whatever its activity.
     */
    public Builder idleStaleAfter(Duration idleStaleAfter) {
      this.idleStaleAfter = Checks.requireNotNegative(idleStaleAfter, "idleStaleAfter");
      return this;
    }

    /**
     * The character details to sync after a login, e.g. {@code EnumSet.of(EQUIPMENT, MYTHIC_PLUS,
     * PROFESSIONS)}; default none (D1). A detail is fetched after a profile 200 or 304 when the
     * character logged in since it was last fetched (D2); the service then needs a detail source.
     */
    public Builder details(Set<CharacterDetail> details) {
      Objects.requireNonNull(details, "details").forEach(d -> Objects.requireNonNull(d, "detail"));
      this.details = details.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(details));
      return this;
    }

    /** The settings; every value was checked by its setter. */
    public CharacterSyncSettings build() {
      return new CharacterSyncSettings(
          runSettings(),
          untrackedGuilds,
          retentionCheckAfter,
          retention,
          activeWithin,
          idleStaleAfter,
          details);
    }
  }
}
