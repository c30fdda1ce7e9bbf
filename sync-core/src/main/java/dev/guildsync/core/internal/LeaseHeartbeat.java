package dev.guildsync.core.internal;

import dev.guildsync.core.claim.Lease;
import dev.guildsync.core.claim.LeasePort;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps one lease at a time alive while its work is in progress: every third of the lease's
 * duration it renews the lease to {@code now + duration} on its own daemon thread. A renewal that
 * fails is logged and tried again at the next beat; if none succeeds for a whole lease duration the
 * lease may expire and its items be claimed elsewhere, which the store then reports as lost.
 *
 * <p>Thread-safe. {@link #close()} stops the thread; a closed heartbeat renews nothing.
 */
public final class LeaseHeartbeat implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(LeaseHeartbeat.class.getName());
  private static final long MIN_PERIOD_MILLIS = 50;

  private final LeasePort store;
  private final Clock clock;
  private final Duration duration;
  private final ScheduledExecutorService scheduler;
  private final AtomicReference<Lease> current = new AtomicReference<>();

  /**
   * Starts the heartbeat thread; it renews nothing until {@link #hold(Lease)}.
   *
   * @param store where leases are renewed
   * @param clock gives the time a renewal counts from
   * @param duration how long each renewal extends the lease, positive
   * @param name names the thread, e.g. "guildsync-character-lease"
   */
  public LeaseHeartbeat(LeasePort store, Clock clock, Duration duration, String name) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.duration = Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(name, "name");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("duration must be positive: " + duration);
    }
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, name);
              t.setDaemon(true);
              return t;
            });
    long period = Math.max(MIN_PERIOD_MILLIS, duration.toMillis() / 3);
    scheduler.scheduleWithFixedDelay(this::beat, period, period, TimeUnit.MILLISECONDS);
  }

  /** Renews {@code lease} from now on, instead of whatever lease was held before. */
  public void hold(Lease lease) {
    current.set(Objects.requireNonNull(lease, "lease"));
  }

  /** Stops renewing the lease held, if any (it was saved or released). */
  public void drop() {
    current.set(null);
  }

  /**
   * Runs {@code batch} while renewing {@code lease}. When it throws, the lease is released at once
   * (see {@link Releases}) before the failure is rethrown; either way renewing stops.
   */
  public void holdWhile(Lease lease, Runnable batch) {
    hold(lease);
    try {
      batch.run();
    } catch (RuntimeException | Error e) {
      drop();
      Releases.release(store, lease, e);
      throw e;
    }
    drop();
  }

  private void beat() {
    Lease lease = current.get();
    if (lease == null) {
      return;
    }
    try {
      Lease renewed = store.renew(lease, clock.instant().plus(duration));
      current.compareAndSet(lease, renewed);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "renewing lease " + lease.id() + " failed; trying again", e);
    }
  }

  @Override
  public void close() {
    current.set(null);
    scheduler.shutdownNow();
  }
}
