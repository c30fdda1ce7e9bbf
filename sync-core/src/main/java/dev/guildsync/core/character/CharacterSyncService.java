package dev.guildsync.core.character;

import dev.guildsync.core.SyncAlreadyRunningException;
import dev.guildsync.core.internal.BatchEngine;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Syncs due characters from a profile source into a store, batch by batch: claim a batch, fetch its
 * profiles concurrently, look its guilds up once per region, apply the sync rules, save the batch
 * in one go, report, repeat until nothing is due or the run's limit is reached. Only one batch is
 * held at a time, so memory stays flat however many characters there are.
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
  private final CharacterSyncSettings settings;
  private final BatchEngine<DueCharacter, Answer, CharacterSyncTally.Synced, CharacterSyncReport>
      engine;

  private CharacterSyncService(Builder builder) {
    BatchGuilds guilds =
        new BatchGuilds(
            Objects.requireNonNull(builder.guilds, "guildLookup"),
            builder.registry,
            builder.settings.untrackedGuilds());
    CharacterStorePort store = Objects.requireNonNull(builder.store, "characterStore");
    CharacterProfilePort profiles = Objects.requireNonNull(builder.profiles, "profileSource");
    Optional<CharacterStatusPort> statuses =
        builder.statuses.or(
            () -> profiles instanceof CharacterStatusPort s ? Optional.of(s) : Optional.empty());
    Optional<CharacterDetailPort> detailSource =
        builder.details.or(
            () -> profiles instanceof CharacterDetailPort d ? Optional.of(d) : Optional.empty());
    this.settings = builder.settings;
    CharacterDetails details = new CharacterDetails(settings.details(), detailSource);
    this.engine =
        new BatchEngine<>(
            new CharacterBatches(
                guilds,
                store,
                profiles,
                statuses,
                builder.clock,
                settings,
                builder.listener,
                details),
            settings.run(),
            store,
            builder.clock);
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
   * @throws dev.guildsync.core.outage.BattleNetOutageException when the source said Battle.net as a
   *     whole is not answering or cannot be reached: the batch in progress was released unsaved, so
   *     no character was blamed; its partial report is a {@link CharacterSyncReport}
   */
  public CharacterSyncReport run() {
    return engine.run();
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
    private Optional<CharacterDetailPort> details = Optional.empty();
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

    /**
     * Where character details come from, when the settings enable any; default the profile source
     * when it implements {@link CharacterDetailPort} (as the Battle.net client does).
     */
    public Builder detailSource(CharacterDetailPort details) {
      this.details = Optional.of(Objects.requireNonNull(details, "details"));
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
     *     registry, or enable details and there is no detail source
     */
    public CharacterSyncService build() {
      return new CharacterSyncService(this);
    }
  }
}
