package dev.guildsync.spring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;

/**
 * {@code guildsync.sync.every}: a run at start (unless {@code run-on-start} is false), then one
 * every period, on one private thread, so runs never overlap: a run that overruns its slot delays
 * the next one (it starts right after), it never stacks another behind it. Starts after the context
 * is refreshed (also under lazy initialization, being a {@link SmartLifecycle}) and stops first on
 * shutdown: the thread is interrupted, which makes the run in progress release its batch, and the
 * stop waits for that. It registers no {@code Executor} or {@code TaskScheduler} bean and needs no
 * {@code @EnableScheduling}.
 *
 * <p>Thread-safe.
 */
public final class GuildSyncScheduler implements SmartLifecycle {
  private static final Log LOG = LogFactory.getLog(GuildSyncScheduler.class);
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);

  /** What {@link #runNow()} did. */
  public enum RunNow {
    /** A run started on the scheduler's thread. */
    STARTED,
    /** A run is in progress; no other was started. */
    ALREADY_RUNNING,
    /** The scheduler is not running (not started yet, or stopped). */
    NOT_RUNNING
  }

  private final GuildSyncRunner runner;
  private final Duration every;
  private final boolean runOnStart;
  private final Clock clock;
  private final Object lock = new Object();
  private ScheduledExecutorService executor;
  private ScheduledFuture<?> next;
  private Instant nextRunAt;

  /**
   * @param every the period, positive
   * @param runOnStart whether the first run starts at once (else one period after the start)
   * @throws IllegalArgumentException when {@code every} is not positive
   */
  public GuildSyncScheduler(
      GuildSyncRunner runner, Duration every, boolean runOnStart, Clock clock) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.every = Objects.requireNonNull(every, "every");
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("every must be positive: " + every);
    }
    this.runOnStart = runOnStart;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The period between the starts of two runs. */
  public Duration every() {
    return every;
  }

  /** When the next scheduled run starts; empty while one runs or when not running. */
  public Optional<Instant> nextRunAt() {
    synchronized (lock) {
      return Optional.ofNullable(nextRunAt);
    }
  }

  @Override
  public void start() {
    synchronized (lock) {
      if (executor != null) {
        return;
      }
      executor = Executors.newSingleThreadScheduledExecutor(threads());
      schedule(runOnStart ? Duration.ZERO : every);
    }
    LOG.info("guildsync syncs " + (runOnStart ? "now, then " : "") + "every " + every);
  }

  /**
   * Starts a run now on the scheduler's thread, unless one is in progress; the next scheduled run
   * then comes one period after this one started.
   */
  public RunNow runNow() {
    synchronized (lock) {
      if (executor == null) {
        return RunNow.NOT_RUNNING;
      }
      // No pending slot, or one that could not be cancelled: a run is starting or in progress.
      if (next == null || !next.cancel(false)) {
        return RunNow.ALREADY_RUNNING;
      }
      schedule(Duration.ZERO);
      return RunNow.STARTED;
    }
  }

  private void schedule(Duration delay) {
    nextRunAt = clock.instant().plus(delay);
    next = executor.schedule(this::runAndReschedule, delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  private void runAndReschedule() {
    long started = System.nanoTime();
    synchronized (lock) {
      next = null;
      nextRunAt = null;
    }
    try {
      runner.run();
    } catch (RuntimeException e) {
      // The runner records run-wide failures itself; anything else must not end the schedule.
      LOG.error("guildsync run ended unexpectedly; the schedule goes on", e);
    } finally {
      synchronized (lock) {
        if (executor != null && !Thread.currentThread().isInterrupted()) {
          Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
          Duration wait = every.minus(elapsed);
          schedule(wait.isNegative() ? Duration.ZERO : wait);
        }
      }
    }
  }

  @Override
  public void stop() {
    ScheduledExecutorService stopping;
    synchronized (lock) {
      stopping = executor;
      executor = null;
      next = null;
      nextRunAt = null;
    }
    if (stopping == null) {
      return;
    }
    // The interrupt makes a run in progress release its batch and end; wait for that.
    stopping.shutdownNow();
    try {
      if (!stopping.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("guildsync run did not stop within " + STOP_WAIT + "; its lease expires instead");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    synchronized (lock) {
      return executor != null;
    }
  }

  private static ThreadFactory threads() {
    // Not a daemon: a service that only syncs stays up, as the example app's `run --every` does.
    return task -> new Thread(task, "guildsync-scheduler");
  }
}
