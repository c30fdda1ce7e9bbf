package dev.guildsync.core.guild;

import dev.guildsync.core.FetchResult;
import dev.guildsync.core.SyncAlreadyRunningException;
import dev.guildsync.core.internal.BatchEngine;
import java.time.Clock;
import java.util.Objects;

/**
 * Syncs due guilds from a roster source into a store, batch by batch: claim a batch, fetch its
 * rosters concurrently (one request per guild), then per guild read what the rules need, apply the
 * {@link GuildSyncRules} and save that guild in one transaction; report, repeat until nothing is
 * due or the run's limit is reached. Only one batch is held at a time, so memory stays flat however
 * many guilds there are. One guild's failed fetch is that guild's outcome, never the run's end.
 *
 * <p>A batch's guilds are claimed under a lease that a heartbeat renews while the batch is in
 * progress (see {@link dev.guildsync.core.claim.LeasePort}); when a batch fails, the run releases
 * the batch's lease before it throws, so its guilds can be claimed again at once.
 *
 * <p>Thread-safe. One run at a time per instance: {@link #run()} while a run is in progress is
 * refused with {@link SyncAlreadyRunningException}, not queued. Several instances (in one process
 * or many) may run against the same store; its leases keep them apart.
 */
public final class GuildSyncService {
  private final GuildSyncSettings settings;
  private final BatchEngine<TrackedGuild, FetchResult<GuildRoster>, GuildOutcome, GuildSyncReport>
      engine;

  private GuildSyncService(Builder builder) {
    GuildStorePort store = Objects.requireNonNull(builder.store, "guildStore");
    GuildRosterPort rosters = Objects.requireNonNull(builder.rosters, "rosterSource");
    this.settings = builder.settings;
    this.engine =
        new BatchEngine<>(
            new GuildBatches(store, rosters, builder.clock, settings, builder.listener),
            settings.run(),
            store,
            builder.clock);
  }

  /** A builder; the store and the roster source are required, the rest defaults. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** The settings this service runs with. */
  public GuildSyncSettings settings() {
    return settings;
  }

  /**
   * Runs one sync until nothing is due or the run's limit is reached.
   *
   * @return what the run did; per-guild problems are in it, not thrown
   * @throws SyncAlreadyRunningException when this instance is running already
   * @throws GuildSyncFailedException when the store or the roster source as a whole failed, or the
   *     thread was interrupted; guilds saved before stay saved, the batch's other guilds were
   *     released
   * @throws dev.guildsync.core.outage.BattleNetOutageException when the roster source said
   *     Battle.net as a whole is not answering or cannot be reached: the batch in progress was
   *     released unsaved, so no guild was blamed; its partial report is a {@link GuildSyncReport}
   */
  public GuildSyncReport run() {
    return engine.run();
  }

  /**
   * Builds a {@link GuildSyncService}. Each setter throws {@link NullPointerException} for null at
   * once. Not thread-safe.
   */
  public static final class Builder {
    private GuildStorePort store;
    private GuildRosterPort rosters;
    private Clock clock = Clock.systemUTC();
    private GuildSyncSettings settings = GuildSyncSettings.defaults();
    private GuildSyncListener listener = new GuildSyncListener() {};

    private Builder() {}

    /** The guild store (required). */
    public Builder guildStore(GuildStorePort store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** Where rosters come from, e.g. the Battle.net client (required). */
    public Builder rosterSource(GuildRosterPort rosters) {
      this.rosters = Objects.requireNonNull(rosters, "rosters");
      return this;
    }

    /** The clock for sync times and due queries; default the system UTC clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How runs go; default {@link GuildSyncSettings#defaults()}. */
    public Builder settings(GuildSyncSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /** Told about each batch and outcome as the run goes; default one that ignores everything. */
    public Builder listener(GuildSyncListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * @throws NullPointerException when a port is missing
     */
    public GuildSyncService build() {
      return new GuildSyncService(this);
    }
  }
}
