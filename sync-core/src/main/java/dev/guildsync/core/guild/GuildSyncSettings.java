package dev.guildsync.core.guild;

import dev.guildsync.core.claim.RunSettings;
import dev.guildsync.core.internal.Checks;
import java.util.Objects;

/**
 * How a {@link GuildSyncService} runs. Immutable; made by {@link #newBuilder()} or {@link
 * #defaults()}.
 *
 * @param run what every sync shares: batch size (guilds claimed and fetched together, each saved on
 *     its own; default 20, at most {@value #MAX_BATCH_SIZE}), stale-after (default 6 hours; zero
 *     syncs every guild once per run), unavailable-recheck (default 7 days), failure back-off
 *     (default 15 minutes, doubling per consecutive failure, at most 1 day), concurrency (roster
 *     fetches at once; default 4), the most guilds one run handles (default no limit), the lease
 *     (default 1 minute) and the executor (default a pool per run)
 * @param leaveConfirmations how many consecutive received rosters a member must be missing from
 *     before its leave is recorded (default 2; 304s and failures confirm nothing)
 */
public record GuildSyncSettings(RunSettings run, int leaveConfirmations) {
  /** The largest batch of guilds: each guild's roster is held in memory until it is saved. */
  public static final int MAX_BATCH_SIZE = 1_000;

  /**
   * @throws IllegalArgumentException when a value is out of range
   * @throws NullPointerException when a component is null
   */
  public GuildSyncSettings {
    Objects.requireNonNull(run, "run").requireBatchSizeAtMost(MAX_BATCH_SIZE);
    Checks.requireRange(leaveConfirmations, 1, 100, "leaveConfirmations");
  }

  /** The defaults listed on this record. */
  public static GuildSyncSettings defaults() {
    return newBuilder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Builds {@link GuildSyncSettings}; the shared setters ({@code batchSize}, up to {@value
   * #MAX_BATCH_SIZE}, {@code staleAfter}, {@code unavailableRecheck}, {@code failureBackoff},
   * {@code concurrency}, {@code lease}, {@code executor}) are {@link RunSettings.Builder}'s. Each
   * setter validates at once. Not thread-safe.
   */
  public static final class Builder extends RunSettings.Builder<Builder> {
    private int leaveConfirmations = 2;

    private Builder() {
      super(20, MAX_BATCH_SIZE, 4);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** The most guilds one run handles, 1 or more; default no limit. */
    public Builder maxGuildsPerRun(int maxGuildsPerRun) {
      return maxPerRun(maxGuildsPerRun, "maxGuildsPerRun");
    }

    /** How many consecutive received rosters confirm a member's leave, 1 to 100; default 2. */
    public Builder leaveConfirmations(int leaveConfirmations) {
      this.leaveConfirmations =
          Checks.requireRange(leaveConfirmations, 1, 100, "leaveConfirmations");
      return this;
    }

    /** The settings; every value was checked by its setter. */
    public GuildSyncSettings build() {
      return new GuildSyncSettings(runSettings(), leaveConfirmations);
    }
  }
}
