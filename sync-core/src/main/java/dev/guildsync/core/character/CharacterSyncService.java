package dev.guildsync.core.character;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.SyncAlreadyRunningException;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.internal.LeaseHeartbeat;
import dev.guildsync.core.internal.Listeners;
import dev.guildsync.core.internal.RunGate;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Syncs due characters from a profile source into a store, batch by batch: claim a batch, fetch its
 * profiles concurrently, look its guilds up once per region, apply the {@link CharacterSyncRules},
 * save the batch in one go, report, repeat until nothing is due or the run's limit is reached. Only
 * one batch is held at a time, so memory stays flat however many characters there are.
 *
 * <p>A batch's characters are claimed under a lease that a heartbeat renews while the batch is in
 * progress (see {@link dev.guildsync.core.claim.LeasePort}); when a batch fails, or the running
 * thread is interrupted, the run releases the batch's lease before it throws, so its characters can
 * be claimed again at once.
 *
 * <p>Thread-safe. One run at a time per instance: {@link #run()} while a run is in progress is
 * refused with {@link SyncAlreadyRunningException}, not queued. Several instances (in one process
 * or many) may run against the same store; its leases keep them apart.
 */
public final class CharacterSyncService {
  private static final System.Logger LOG = System.getLogger(CharacterSyncService.class.getName());

  private final BatchGuilds guilds;
  private final CharacterStorePort store;
  private final BatchFetcher fetcher;
  private final boolean statusChecks;
  private final Clock clock;
  private final CharacterSyncSettings settings;
  private final CharacterSyncRules rules;
  private final CharacterSyncListener listener;
  private final RunGate gate = new RunGate();

  private CharacterSyncService(Builder builder) {
    this.guilds =
        new BatchGuilds(
            Objects.requireNonNull(builder.guilds, "guildLookup"),
            builder.registry,
            builder.settings.untrackedGuilds());
    this.store = Objects.requireNonNull(builder.store, "characterStore");
    Objects.requireNonNull(builder.profiles, "profileSource");
    Optional<CharacterStatusPort> statuses =
        builder.statuses.or(
            () ->
                builder.profiles instanceof CharacterStatusPort s
                    ? Optional.of(s)
                    : Optional.empty());
    this.fetcher = new BatchFetcher(builder.profiles, statuses, builder.settings.concurrency());
    this.statusChecks = statuses.isPresent();
    this.clock = builder.clock;
    this.settings = builder.settings;
    this.rules = new CharacterSyncRules(settings.failureBackoff(), settings.retention());
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
    return gate.runAlone(() -> new Run().execute());
  }

  /** One run's state. */
  private final class Run {
    private final long startNanos = System.nanoTime();
    private final Instant start = clock.instant();
    private final CharacterSyncTally tally = new CharacterSyncTally();
    private int batch;

    CharacterSyncReport execute() {
      int remaining = settings.maxCharactersPerRun().orElse(Integer.MAX_VALUE);
      ExecutorHandle executor = ExecutorHandle.forRun(settings);
      try (LeaseHeartbeat heartbeat =
          new LeaseHeartbeat(store, clock, settings.lease(), "guildsync-character-lease")) {
        while (remaining > 0) {
          if (Thread.currentThread().isInterrupted()) {
            step("claiming due characters", CharacterSyncService::stopped);
          }
          DueQuery query = query(Math.min(settings.batchSize(), remaining));
          Claimed<DueCharacter> claimed =
              step("claiming due characters", () -> store.claimDueCharacters(query));
          if (claimed.isEmpty()) {
            break;
          }
          batch++;
          tell(l -> l.batchStarted(batch, claimed.items().size()));
          heartbeat.holdWhile(claimed.lease(), () -> syncBatch(claimed, executor));
          remaining -= claimed.items().size();
        }
      } finally {
        executor.close();
      }
      CharacterSyncReport report = report();
      LOG.log(
          Level.INFO,
          () ->
              String.format(
                  "sync finished: %d characters in %d batches, %d failed, %d untracked guilds",
                  report.characters(),
                  report.batches(),
                  report.failed(),
                  report.untrackedGuilds().size()));
      return report;
    }

    private DueQuery query(int limit) {
      DueQuery query = settings.dueQuery(start, clock.instant(), limit);
      return statusChecks ? query : query.withoutStatusChecks();
    }

    private void syncBatch(Claimed<DueCharacter> claimed, ExecutorHandle executor) {
      List<DueCharacter> characters = claimed.items();
      List<BatchFetcher.Answer> answers =
          step("fetching profiles", () -> fetcher.fetchAll(characters, executor.executor()));
      BatchFetcher.Profiled profiled = BatchFetcher.profiled(characters, answers);
      Map<Region, Map<BnetGuildId, GuildKey>> tracked =
          step(
              "looking up guilds", () -> guilds.resolve(profiled.characters(), profiled.results()));
      Instant now = clock.instant();
      List<CharacterChange> changes = new ArrayList<>(characters.size());
      for (int i = 0; i < characters.size(); i++) {
        DueCharacter character = characters.get(i);
        BatchFetcher.Answer answer = answers.get(i);
        if (statusChecks && character.statusCheck()) {
          changes.add(rules.decideStatus(character, answer.status(), now));
        } else {
          Map<BnetGuildId, GuildKey> inRegion =
              tracked.getOrDefault(character.ref().region(), Map.of());
          changes.add(rules.decide(character, answer.profile(), inRegion, now));
        }
      }
      CharacterSaveResult saved =
          step("saving", () -> store.saveCharacters(claimed.lease(), changes));
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

  private static Claimed<DueCharacter> stopped() {
    throw new SyncException("sync stopped: the thread was interrupted");
  }

  private void tell(Consumer<CharacterSyncListener> event) {
    Listeners.tell(LOG, listener, event);
  }

  /**
   * Builds a {@link CharacterSyncService}. Each setter throws {@link NullPointerException} for null
   * at once. Not thread-safe.
   */
  public static final class Builder {
    private GuildLookupPort guilds;
    private Optional<GuildRegistryPort> registry = Optional.empty();
    private CharacterStorePort store;
    private CharacterProfilePort profiles;
    private Optional<CharacterStatusPort> statuses = Optional.empty();
    private Clock clock = Clock.systemUTC();
    private CharacterSyncSettings settings = CharacterSyncSettings.defaults();
    private CharacterSyncListener listener = new CharacterSyncListener() {};

    private Builder() {}

    /** The guild lookup (required). */
    public Builder guildLookup(GuildLookupPort guilds) {
      this.guilds = Objects.requireNonNull(guilds, "guilds");
      return this;
    }

    /**
     * Where G8 (tracked guilds follow their profiles' name and realm) and G9 ({@link
     * UntrackedGuildPolicy#REGISTER}) write; optional, required by {@code REGISTER}.
     */
    public Builder guildRegistry(GuildRegistryPort registry) {
      this.registry = Optional.of(registry);
      return this;
    }

    /** The character store (required). */
    public Builder characterStore(CharacterStorePort store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /** Where profiles come from, e.g. the Battle.net client (required). */
    public Builder profileSource(CharacterProfilePort profiles) {
      this.profiles = Objects.requireNonNull(profiles, "profiles");
      return this;
    }

    /**
     * Where status checks (Blizzard's retention rule) go; default the profile source when it
     * implements {@link CharacterStatusPort} (as the Battle.net client does), else none: without a
     * status source no character is handed out for a status check (validations by profile are still
     * recorded).
     */
    public Builder statusSource(CharacterStatusPort statuses) {
      this.statuses = Optional.of(Objects.requireNonNull(statuses, "statuses"));
      return this;
    }

    /** The clock for sync times and due queries; default the system UTC clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How runs go; default {@link CharacterSyncSettings#defaults()}. */
    public Builder settings(CharacterSyncSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /** Told about each batch and outcome as the run goes; default one that ignores everything. */
    public Builder listener(CharacterSyncListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * @throws NullPointerException when a port is missing
     * @throws IllegalStateException when the settings say {@code REGISTER} and there is no guild
     *     registry
     */
    public CharacterSyncService build() {
      return new CharacterSyncService(this);
    }
  }
}
