package dev.guildsync.core.guild;

import dev.guildsync.core.FetchResult;
import dev.guildsync.core.SyncAlreadyRunningException;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.internal.BoundedFetcher;
import dev.guildsync.core.internal.LeaseHeartbeat;
import dev.guildsync.core.internal.Listeners;
import dev.guildsync.core.internal.RunExecutor;
import dev.guildsync.core.internal.RunGate;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
  private static final System.Logger LOG = System.getLogger(GuildSyncService.class.getName());

  private final GuildStorePort store;
  private final BoundedFetcher<TrackedGuild, FetchResult<GuildRoster>> fetcher;
  private final Clock clock;
  private final GuildSyncSettings settings;
  private final GuildSyncRules rules;
  private final GuildSyncListener listener;
  private final RunGate gate = new RunGate();

  private GuildSyncService(Builder builder) {
    this.store = Objects.requireNonNull(builder.store, "guildStore");
    GuildRosterPort rosters = Objects.requireNonNull(builder.rosters, "rosterSource");
    this.settings = builder.settings;
    this.fetcher =
        new BoundedFetcher<>(
            settings.concurrency(),
            "roster",
            // An unavailable guild is fetched in full, so a returning guild is seen whole.
            guild ->
                rosters.fetchRoster(
                    guild.ref(), guild.available() ? guild.lastModified() : Optional.empty()),
            FetchResult::failed);
    this.clock = builder.clock;
    this.rules = new GuildSyncRules(settings.failureBackoff(), settings.leaveConfirmations());
    this.listener = builder.listener;
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
   * @throws GuildSyncFailedException when the store or the roster source as a whole failed; guilds
   *     saved before stay saved, the batch's other guilds were released
   */
  public GuildSyncReport run() {
    return gate.runAlone(() -> new Run().execute());
  }

  /** One run's state. */
  private final class Run {
    private final long startNanos = System.nanoTime();
    private final Instant start = clock.instant();
    private final GuildSyncTally tally = new GuildSyncTally();
    private int batch;

    GuildSyncReport execute() {
      Instant staleBefore = start.minus(settings.staleAfter());
      Instant unavailableBefore = start.minus(settings.unavailableRecheck());
      int remaining = settings.maxGuildsPerRun().orElse(Integer.MAX_VALUE);
      try (RunExecutor executor =
              RunExecutor.forRun(settings.executor(), settings.concurrency(), "roster");
          LeaseHeartbeat heartbeat =
              new LeaseHeartbeat(store, clock, settings.lease(), "guildsync-guild-lease")) {
        while (remaining > 0) {
          DueQuery query =
              new DueQuery(
                  clock.instant(),
                  staleBefore,
                  unavailableBefore,
                  Math.min(settings.batchSize(), remaining),
                  settings.lease());
          Claimed<TrackedGuild> claimed =
              step("claiming due guilds", () -> store.claimDueGuilds(query));
          if (claimed.isEmpty()) {
            break;
          }
          batch++;
          tell(l -> l.batchStarted(batch, claimed.items().size()));
          heartbeat.holdWhile(claimed.lease(), () -> syncBatch(claimed, executor));
          remaining -= claimed.items().size();
        }
      }
      GuildSyncReport report = report();
      LOG.log(
          Level.INFO,
          () ->
              "guild sync finished: "
                  + report.guilds()
                  + " guilds in "
                  + report.batches()
                  + " batches, "
                  + report.failed()
                  + " failed, "
                  + report.duplicates()
                  + " duplicates");
      return report;
    }

    private void syncBatch(Claimed<TrackedGuild> claimed, RunExecutor executor) {
      List<TrackedGuild> guilds = claimed.items();
      List<FetchResult<GuildRoster>> results =
          step("fetching rosters", () -> fetcher.fetchAll(guilds, executor.executor()));
      for (int i = 0; i < guilds.size(); i++) {
        syncGuild(claimed, guilds.get(i), results.get(i));
      }
      tally.batchDone();
      GuildSyncReport totals = report();
      tell(l -> l.batchFinished(batch, totals));
    }

    private void syncGuild(
        Claimed<TrackedGuild> claimed, TrackedGuild guild, FetchResult<GuildRoster> result) {
      GuildSnapshot snapshot =
          result instanceof FetchResult.Found<GuildRoster> found
              ? step("reading guild " + guild.key(), () -> store.loadGuild(guild, found.value()))
              : GuildSnapshot.empty();
      GuildChange change = rules.decide(guild, result, snapshot, clock.instant());
      GuildSaveResult saved =
          step("saving guild " + guild.key(), () -> store.saveGuild(claimed.lease(), change));
      GuildOutcome outcome = GuildOutcomes.of(guild, change, saved);
      tally.add(outcome);
      tell(l -> l.guildSynced(outcome));
    }

    /** Runs one step; a failure ends the run, naming the batch and the step. */
    private <T> T step(String what, Supplier<T> action) {
      try {
        return action.get();
      } catch (RuntimeException e) {
        String where = batch == 0 ? what : "batch " + batch + " failed while " + what;
        GuildSyncFailedException failure =
            new GuildSyncFailedException(where + ": " + e.getMessage(), e, report());
        if (batch > 0) {
          tell(l -> l.batchFailed(batch, failure));
        }
        throw failure;
      }
    }

    private GuildSyncReport report() {
      return tally.report(Duration.ofNanos(System.nanoTime() - startNanos));
    }
  }

  private void tell(Consumer<GuildSyncListener> event) {
    Listeners.tell(LOG, listener, event);
  }

  /** Builds a {@link GuildSyncService}. Not thread-safe. */
  public static final class Builder {
    private GuildStorePort store;
    private GuildRosterPort rosters;
    private Clock clock = Clock.systemUTC();
    private GuildSyncSettings settings = GuildSyncSettings.defaults();
    private GuildSyncListener listener = new GuildSyncListener() {};

    private Builder() {}

    public Builder guildStore(GuildStorePort store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    public Builder rosterSource(GuildRosterPort rosters) {
      this.rosters = Objects.requireNonNull(rosters, "rosters");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder settings(GuildSyncSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

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
