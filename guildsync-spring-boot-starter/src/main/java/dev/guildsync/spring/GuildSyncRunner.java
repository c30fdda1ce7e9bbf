package dev.guildsync.spring;

import dev.guildsync.GuildSync;
import dev.guildsync.RunReport;
import dev.guildsync.core.SyncAlreadyRunningException;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.guild.GuildSyncReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Runs the application's {@link GuildSync} and remembers how the last run ended, for the scheduler,
 * the {@code guildsync} endpoint, the health indicator and the metrics. Without Battle.net
 * credentials there is no {@link GuildSync}: the runner then only says why nothing syncs.
 *
 * <p>Thread-safe. A run happens on the calling thread; the scheduler calls it from its own thread,
 * so runs never overlap. A run-wide failure is recorded and logged, not thrown: the next run
 * retries.
 */
public final class GuildSyncRunner {
  private static final Log LOG = LogFactory.getLog(GuildSyncRunner.class);

  private final Optional<GuildSync> sync;
  private final String notSyncing;
  private final Supplier<Stream<GuildSyncRunListener>> listeners;
  private final Clock clock;
  private final AtomicReference<LastRun> last = new AtomicReference<>();
  private volatile Instant runningSince;

  private GuildSyncRunner(
      Optional<GuildSync> sync,
      String notSyncing,
      Supplier<Stream<GuildSyncRunListener>> listeners,
      Clock clock) {
    this.sync = sync;
    this.notSyncing = notSyncing;
    this.listeners = Objects.requireNonNull(listeners, "listeners");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A runner over {@code sync}.
   *
   * @param listeners the listeners to tell, looked up at each run
   */
  public static GuildSyncRunner of(
      GuildSync sync, Supplier<Stream<GuildSyncRunListener>> listeners, Clock clock) {
    return new GuildSyncRunner(Optional.of(sync), "", listeners, clock);
  }

  /** A runner with nothing to run, which says {@code reason}. */
  public static GuildSyncRunner notSyncing(String reason) {
    return new GuildSyncRunner(
        Optional.empty(),
        Objects.requireNonNull(reason, "reason"),
        Stream::empty,
        Clock.systemUTC());
  }

  /** Why nothing syncs, e.g. no Battle.net credentials; empty when this runner syncs. */
  public Optional<String> notSyncingReason() {
    return sync.isPresent() ? Optional.empty() : Optional.of(notSyncing);
  }

  /** How the last run that ended went; empty before the first. */
  public Optional<LastRun> lastRun() {
    return Optional.ofNullable(last.get());
  }

  /** When the run in progress started; empty when none is. */
  public Optional<Instant> runningSince() {
    return Optional.ofNullable(runningSince);
  }

  /**
   * Runs once, now, on the calling thread, and tells the listeners.
   *
   * @return how the run ended; empty when the calling thread was interrupted (a stop: the batch in
   *     progress was released, and nothing is recorded)
   * @throws IllegalStateException when this runner does not sync (see {@link #notSyncingReason()})
   * @throws SyncAlreadyRunningException when the same {@link GuildSync} is running already
   */
  public Optional<LastRun> run() {
    GuildSync guildSync = sync.orElseThrow(() -> new IllegalStateException(notSyncing));
    Instant started = clock.instant();
    long start = System.nanoTime();
    runningSince = started;
    try {
      RunReport report = guildSync.run();
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      LOG.info(line(report, took));
      tell(l -> l.runCompleted(report, took));
      return record(new LastRun(started, clock.instant(), Optional.of(report), Optional.empty()));
    } catch (SyncAlreadyRunningException e) {
      throw e;
    } catch (SyncException e) {
      if (Thread.currentThread().isInterrupted()) {
        return Optional.empty();
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      LOG.warn("guildsync run failed, the next run retries: " + e.getMessage());
      tell(l -> l.runFailed(e, took));
      return record(
          new LastRun(started, clock.instant(), Optional.empty(), Optional.of(e.getMessage())));
    } finally {
      runningSince = null;
    }
  }

  private Optional<LastRun> record(LastRun run) {
    last.set(run);
    return Optional.of(run);
  }

  private void tell(java.util.function.Consumer<GuildSyncRunListener> event) {
    listeners
        .get()
        .forEach(
            listener -> {
              try {
                event.accept(listener);
              } catch (RuntimeException e) {
                LOG.warn("guildsync run listener " + listener + " failed", e);
              }
            });
  }

  private static String line(RunReport run, Duration took) {
    Optional<GuildSyncReport> guilds = run.guilds();
    Optional<CharacterSyncReport> characters = run.characters();
    return String.format(
        Locale.ROOT,
        "guildsync run completed in %.1f s: guilds %d (updated %d, failed %d),"
            + " characters %d (updated %d, not found %d, failed %d), %d requests",
        took.toMillis() / 1000.0,
        guilds.map(GuildSyncReport::guilds).orElse(0),
        guilds.map(GuildSyncReport::updated).orElse(0),
        guilds.map(GuildSyncReport::failed).orElse(0),
        characters.map(CharacterSyncReport::characters).orElse(0),
        characters.map(CharacterSyncReport::updated).orElse(0),
        characters.map(CharacterSyncReport::notFound).orElse(0),
        characters.map(CharacterSyncReport::failed).orElse(0),
        run.requests().sent());
  }
}
