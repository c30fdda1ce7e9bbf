package dev.guildsync.core.character;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.LeaseHeartbeat;
import dev.guildsync.core.Region;
import dev.guildsync.core.SyncAlreadyRunningException;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.port.CharacterProfilePort;
import dev.guildsync.core.port.CharacterStorePort;
import dev.guildsync.core.port.GuildLookupPort;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Syncs due characters from a profile source into a store, batch by batch: claim a batch, fetch its
 * profiles concurrently, look its guilds up once per region, apply the {@link CharacterSyncRules},
 * save the batch in one go, report, repeat until nothing is due or the run's limit is reached. Only
 * one batch is held at a time, so memory stays flat however many characters there are.
 *
 * <p>A batch's characters are claimed under a lease that a heartbeat renews while the batch is in
 * progress (see {@link dev.guildsync.core.port.LeasePort}); when a batch fails, or the running
 * thread is interrupted, the run releases the batch's lease before it throws, so its characters can
 * be claimed again at once.
 *
 * <p>Thread-safe. One run at a time per instance: {@link #run()} while a run is in progress is
 * refused with {@link SyncAlreadyRunningException}, not queued. Several instances (in one process
 * or many) may run against the same store; its leases keep them apart.
 */
public final class CharacterSyncService {
  private static final System.Logger LOG = System.getLogger(CharacterSyncService.class.getName());

  private final GuildLookupPort guilds;
  private final CharacterStorePort store;
  private final BatchFetcher fetcher;
  private final Clock clock;
  private final CharacterSyncSettings settings;
  private final CharacterSyncRules rules;
  private final CharacterSyncListener listener;
  private final Object runLock = new Object();
  private boolean running;

  private CharacterSyncService(Builder builder) {
    this.guilds = Objects.requireNonNull(builder.guilds, "guildLookup");
    this.store = Objects.requireNonNull(builder.store, "characterStore");
    this.fetcher =
        new BatchFetcher(
            Objects.requireNonNull(builder.profiles, "profileSource"),
            builder.settings.concurrency());
    this.clock = builder.clock;
    this.settings = builder.settings;
    this.rules = new CharacterSyncRules(settings.failureBackoff());
    this.listener = builder.listener;
  }

  /** A builder; the three ports are required, the rest defaults. */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** The settings this service runs with. */
  public CharacterSyncSettings settings() {
    return settings;
  }

  /**
   * Runs one sync until nothing is due or the run's limit is reached.
   *
   * @return what the run did; per-character problems are in it, not thrown
   * @throws SyncAlreadyRunningException when this instance is running already
   * @throws CharacterSyncFailedException when the store, the guild lookup or the profile source as
   *     a whole failed, or the thread was interrupted; the batch in progress was not saved (its
   *     lease was released) and earlier batches were
   */
  public CharacterSyncReport run() {
    synchronized (runLock) {
      if (running) {
        throw new SyncAlreadyRunningException();
      }
      running = true;
    }
    try {
      return new Run().execute();
    } finally {
      synchronized (runLock) {
        running = false;
      }
    }
  }

  /** One run's state. */
  private final class Run {
    private final long startNanos = System.nanoTime();
    private final Instant start = clock.instant();
    private final CharacterSyncTally tally = new CharacterSyncTally();
    private int batch;

    CharacterSyncReport execute() {
      Instant staleBefore = start.minus(settings.staleAfter());
      Instant unavailableBefore = start.minus(settings.unavailableRecheck());
      int remaining = settings.maxCharactersPerRun().orElse(Integer.MAX_VALUE);
      ExecutorHandle executor = ExecutorHandle.forRun(settings);
      try (LeaseHeartbeat heartbeat =
          new LeaseHeartbeat(store, clock, settings.lease(), "guildsync-character-lease")) {
        while (remaining > 0) {
          if (Thread.currentThread().isInterrupted()) {
            step("claiming due characters", CharacterSyncService::stopped);
          }
          DueQuery query =
              new DueQuery(
                  clock.instant(),
                  staleBefore,
                  unavailableBefore,
                  Math.min(settings.batchSize(), remaining),
                  settings.lease());
          ClaimedCharacters claimed = step("claiming due characters", () -> store.claimDue(query));
          if (claimed.isEmpty()) {
            break;
          }
          batch++;
          tell(l -> l.batchStarted(batch, claimed.characters().size()));
          heartbeat.hold(claimed.lease());
          try {
            syncBatch(claimed, executor);
          } catch (RuntimeException | Error e) {
            heartbeat.drop();
            Releases.release(store, claimed.lease(), e);
            throw e;
          }
          heartbeat.drop();
          remaining -= claimed.characters().size();
        }
      } finally {
        executor.close();
      }
      CharacterSyncReport report = report();
      LOG.log(
          Level.INFO,
          () ->
              "sync finished: "
                  + report.characters()
                  + " characters in "
                  + report.batches()
                  + " batches, "
                  + report.failed()
                  + " failed, "
                  + report.untrackedGuilds().size()
                  + " untracked guilds");
      return report;
    }

    private void syncBatch(ClaimedCharacters claimed, ExecutorHandle executor) {
      List<DueCharacter> characters = claimed.characters();
      List<ProfileFetchResult> results =
          step("fetching profiles", () -> fetcher.fetchAll(characters, executor.executor()));
      Map<Region, Map<BnetGuildId, GuildKey>> tracked =
          step("looking up guilds", () -> lookUpGuilds(characters, results));
      Instant now = clock.instant();
      List<CharacterChange> changes = new ArrayList<>(characters.size());
      for (int i = 0; i < characters.size(); i++) {
        DueCharacter character = characters.get(i);
        Map<BnetGuildId, GuildKey> inRegion =
            tracked.getOrDefault(character.ref().region(), Map.of());
        changes.add(rules.decide(character, results.get(i), inRegion, now));
      }
      CharacterSaveResult saved = step("saving", () -> store.save(claimed.lease(), changes));
      tally.batchSaved();
      for (int i = 0; i < characters.size(); i++) {
        CharacterOutcome outcome = Outcomes.of(characters.get(i), changes.get(i), saved);
        if (saved.guildLinksDropped().contains(outcome.character().key())) {
          tally.linkDropped();
        }
        tally.add(outcome);
        tell(l -> l.characterSynced(outcome));
      }
      CharacterSyncReport totals = report();
      tell(l -> l.batchFinished(batch, totals));
    }

    /** One lookup per region for the distinct guild ids the batch's found profiles name. */
    private Map<Region, Map<BnetGuildId, GuildKey>> lookUpGuilds(
        List<DueCharacter> characters, List<ProfileFetchResult> results) {
      Map<Region, Set<BnetGuildId>> wanted = new EnumMap<>(Region.class);
      for (int i = 0; i < characters.size(); i++) {
        if (results.get(i) instanceof ProfileFetchResult.Found found
            && found.profile().guild().isPresent()) {
          wanted
              .computeIfAbsent(characters.get(i).ref().region(), r -> new HashSet<>())
              .add(found.profile().guild().get().bnetGuildId());
        }
      }
      Map<Region, Map<BnetGuildId, GuildKey>> tracked = new EnumMap<>(Region.class);
      wanted.forEach((region, ids) -> tracked.put(region, guilds.findGuildKeys(region, ids)));
      return tracked;
    }

    /** Runs one step of a batch; a failure ends the run, naming the batch and the step. */
    private <T> T step(String what, Supplier<T> action) {
      try {
        return action.get();
      } catch (RuntimeException e) {
        String where = batch == 0 ? what : "batch " + batch + " failed while " + what;
        CharacterSyncFailedException failure =
            new CharacterSyncFailedException(where + ": " + e.getMessage(), e, report());
        if (batch > 0) {
          tell(l -> l.batchFailed(batch, failure));
        }
        throw failure;
      }
    }

    private CharacterSyncReport report() {
      return tally.report(Duration.ofNanos(System.nanoTime() - startNanos));
    }
  }

  private static ClaimedCharacters stopped() {
    throw new SyncException("sync stopped: the thread was interrupted");
  }

  private void tell(Consumer<CharacterSyncListener> event) {
    try {
      event.accept(listener);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "sync listener failed; the run goes on", e);
    }
  }

  /** Builds a {@link CharacterSyncService}. Not thread-safe. */
  public static final class Builder {
    private GuildLookupPort guilds;
    private CharacterStorePort store;
    private CharacterProfilePort profiles;
    private Clock clock = Clock.systemUTC();
    private CharacterSyncSettings settings = CharacterSyncSettings.defaults();
    private CharacterSyncListener listener = new CharacterSyncListener() {};

    private Builder() {}

    public Builder guildLookup(GuildLookupPort guilds) {
      this.guilds = Objects.requireNonNull(guilds, "guilds");
      return this;
    }

    public Builder characterStore(CharacterStorePort store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    public Builder profileSource(CharacterProfilePort profiles) {
      this.profiles = Objects.requireNonNull(profiles, "profiles");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder settings(CharacterSyncSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    public Builder listener(CharacterSyncListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * @throws NullPointerException when a port is missing
     */
    public CharacterSyncService build() {
      return new CharacterSyncService(this);
    }
  }
}
