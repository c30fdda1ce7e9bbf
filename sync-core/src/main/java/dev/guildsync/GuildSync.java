package dev.guildsync;

import dev.guildsync.core.SyncAlreadyRunningException;
import dev.guildsync.core.character.CharacterProfilePort;
import dev.guildsync.core.character.CharacterStatusPort;
import dev.guildsync.core.character.CharacterStorePort;
import dev.guildsync.core.character.CharacterSyncFailedException;
import dev.guildsync.core.character.CharacterSyncListener;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.character.GuildLookupPort;
import dev.guildsync.core.character.GuildRegistryPort;
import dev.guildsync.core.guild.GuildRosterPort;
import dev.guildsync.core.guild.GuildStorePort;
import dev.guildsync.core.guild.GuildSyncFailedException;
import dev.guildsync.core.guild.GuildSyncListener;
import dev.guildsync.core.guild.GuildSyncReport;
import dev.guildsync.core.guild.GuildSyncService;
import dev.guildsync.core.guild.GuildSyncSettings;
import dev.guildsync.core.internal.Listeners;
import dev.guildsync.core.internal.RunGate;
import dev.guildsync.core.outage.BattleNetOutageException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The whole sync behind one builder: due guilds first (rosters, members, ranks; characters created
 * from rosters), then due characters (profiles, guild links, status checks), so characters the
 * rosters created get their profiles in the same run.
 *
 * <pre>{@code
 * GuildSync sync = GuildSync.newBuilder()
 *     .store(JooqStore.create(dataSource))
 *     .battleNet(battleNetClient)
 *     .build();
 * RunReport report = sync.run();
 * }</pre>
 *
 * <p>It runs the per-phase services ({@link GuildSyncService}, {@link CharacterSyncService}) with
 * the settings, listeners and clock it was built with; a program that wants one phase may use a
 * service directly.
 *
 * <p>Thread-safe and immutable. One run at a time per instance: {@link #run()} while a run is in
 * progress is refused with {@link SyncAlreadyRunningException}, not queued. Several instances (in
 * one process or many) may run against the same store; its leases keep them apart.
 */
public final class GuildSync {
  private static final System.Logger LOG = System.getLogger(GuildSync.class.getName());

  private final Set<Phase> phases;
  private final GuildSyncService guilds;
  private final CharacterSyncService characters;
  private final RequestCounts.Counter requests;
  private final PhaseListener listener;
  private final RunGate gate = new RunGate();

  private GuildSync(Builder builder) {
    this.phases = Set.copyOf(builder.phases);
    this.guilds =
        GuildSyncService.newBuilder()
            .guildStore(builder.guildStore)
            .rosterSource(builder.rosters)
            .clock(builder.clock)
            .settings(builder.guildSettings)
            .listener(builder.guildListener)
            .build();
    this.characters =
        CharacterSyncService.newBuilder()
            .characterStore(builder.characterStore)
            .guildLookup(builder.guildLookup)
            .guildRegistry(builder.guildRegistry)
            .profileSource(builder.profiles)
            .statusSource(builder.statuses)
            .clock(builder.clock)
            .settings(builder.characterSettings)
            .listener(builder.characterListener)
            .build();
    this.requests =
        builder.requests.orElse(
            builder.profiles instanceof RequestCounts.Counter counter
                ? counter
                : () -> RequestCounts.NONE);
    this.listener = builder.phaseListener;
  }

  /**
   * A builder. The store and the Battle.net side are required; everything else has a default.
   *
   * @return a new builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * The phases each run runs.
   *
   * @return the selected phases (they run guilds first, whatever the set's order)
   */
  public Set<Phase> phases() {
    return phases;
  }

  /**
   * Runs the selected phases once, guilds first, each until nothing is due or its limit is reached.
   *
   * <p>A phase that fails ends the run: a failure of the guild phase is thrown before the character
   * phase starts (that phase does not run); a failure of the character phase comes after the guild
   * phase completed, whose work stays saved (its report was told to the guild listener's {@code
   * batchFinished}). Either way what the failing phase saved before its failure stays saved, and
   * its batch in progress was released.
   *
   * @return both phases' reports and the run's Battle.net requests; per-item problems are in the
   *     reports, not thrown
   * @throws SyncAlreadyRunningException when this instance is running already
   * @throws GuildSyncFailedException when the guild phase failed as a whole (store, roster source,
   *     interrupt), with that phase's partial report
   * @throws CharacterSyncFailedException when the character phase failed as a whole (store, guild
   *     lookup, profile source, interrupt), with that phase's partial report
   * @throws BattleNetOutageException when Battle.net as a whole stopped answering or could not be
   *     reached, in either phase: that phase's batch in progress was released unsaved (no item
   *     blamed), the partial report is that phase's, and after the guild phase the character phase
   *     does not run. Try again later; the same instance may run again at once
   */
  public RunReport run() {
    return gate.runAlone(this::runPhases);
  }

  private RunReport runPhases() {
    RequestCounts before = requests.requestCounts();
    Optional<GuildSyncReport> guildReport = phase(Phase.GUILDS, guilds::run);
    Optional<CharacterSyncReport> characterReport = phase(Phase.CHARACTERS, characters::run);
    return new RunReport(guildReport, characterReport, requests.requestCounts().since(before));
  }

  private <R> Optional<R> phase(Phase phase, Supplier<R> run) {
    if (!phases.contains(phase)) {
      return Optional.empty();
    }
    tell(l -> l.phaseStarted(phase));
    try {
      return Optional.of(run.get());
    } finally {
      tell(l -> l.phaseEnded(phase));
    }
  }

  private void tell(Consumer<PhaseListener> event) {
    Listeners.tell(LOG, listener, event);
  }

  /**
   * Builds a {@link GuildSync}. Each setter checks its argument at once ({@link
   * NullPointerException} for null); {@link #build()} checks that the required parts are there. Not
   * thread-safe.
   */
  public static final class Builder {
    private CharacterStorePort characterStore;
    private GuildLookupPort guildLookup;
    private GuildStorePort guildStore;
    private GuildRegistryPort guildRegistry;
    private CharacterProfilePort profiles;
    private CharacterStatusPort statuses;
    private GuildRosterPort rosters;
    private Optional<RequestCounts.Counter> requests = Optional.empty();
    private CharacterSyncSettings characterSettings = CharacterSyncSettings.defaults();
    private GuildSyncSettings guildSettings = GuildSyncSettings.defaults();
    private Set<Phase> phases = EnumSet.allOf(Phase.class);
    private CharacterSyncListener characterListener = new CharacterSyncListener() {};
    private GuildSyncListener guildListener = new GuildSyncListener() {};
    private PhaseListener phaseListener = new PhaseListener() {};
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Where everything is stored (required): one object that is every store port, e.g. the jOOQ
     * adapter's {@code JooqStore}. The parameter is bounded by the four ports rather than typed as
     * a composite interface, so any class that implements them (a user's own store, a fake) fits as
     * it is, and the ports' Javadoc stays the only contract.
     */
    public <S extends CharacterStorePort & GuildLookupPort & GuildStorePort & GuildRegistryPort>
        Builder store(S store) {
      Objects.requireNonNull(store, "store");
      this.characterStore = store;
      this.guildLookup = store;
      this.guildStore = store;
      this.guildRegistry = store;
      return this;
    }

    /**
     * Where Battle.net data comes from (required): one object that is every source port, e.g. the
     * Battle.net adapter's {@code BattleNetClient}. When it also implements {@link
     * RequestCounts.Counter}, each run reports its requests (unless {@link #requestCounter} names
     * another counter).
     */
    public <B extends CharacterProfilePort & CharacterStatusPort & GuildRosterPort>
        Builder battleNet(B battleNet) {
      Objects.requireNonNull(battleNet, "battleNet");
      this.profiles = battleNet;
      this.statuses = battleNet;
      this.rosters = battleNet;
      return this;
    }

    /**
     * Where each run's request counts come from; default the {@link #battleNet} object when it is a
     * {@link RequestCounts.Counter}, else none ({@link RequestCounts#NONE}). Set it when the
     * Battle.net side is a wrapper around the counting client.
     */
    public Builder requestCounter(RequestCounts.Counter counter) {
      this.requests = Optional.of(counter);
      return this;
    }

    /** How the character phase runs; default {@link CharacterSyncSettings#defaults()}. */
    public Builder characterSettings(CharacterSyncSettings settings) {
      this.characterSettings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /** How the guild phase runs; default {@link GuildSyncSettings#defaults()}. */
    public Builder guildSettings(GuildSyncSettings settings) {
      this.guildSettings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * Which phases each run runs; default both. They always run guilds first.
     *
     * @param phases one phase or both
     * @return this builder
     * @throws IllegalArgumentException when {@code phases} is empty
     */
    public Builder phases(Set<Phase> phases) {
      Objects.requireNonNull(phases, "phases");
      if (phases.isEmpty()) {
        throw new IllegalArgumentException("phases must name at least one phase");
      }
      this.phases = EnumSet.copyOf(phases);
      return this;
    }

    /**
     * Told about each guild batch and guild as the guild phase goes; default one that ignores
     * everything.
     */
    public Builder guildListener(GuildSyncListener listener) {
      this.guildListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Told about each character batch and character as the character phase goes; default one that
     * ignores everything.
     */
    public Builder characterListener(CharacterSyncListener listener) {
      this.characterListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** Told when each phase starts and ends; default one that ignores everything. */
    public Builder phaseListener(PhaseListener listener) {
      this.phaseListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** The clock for sync times and due queries of both phases; default the system UTC clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the facade and both phases' services, checking everything once.
     *
     * @return the facade
     * @throws NullPointerException when the store or the Battle.net side is missing
     */
    public GuildSync build() {
      Objects.requireNonNull(characterStore, "store");
      Objects.requireNonNull(profiles, "battleNet");
      return new GuildSync(this);
    }
  }
}
