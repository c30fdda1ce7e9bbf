package dev.guildsync.jooq;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Retries work that failed on a transient database error (see {@link DatabaseErrors#isTransient})
 * for a bounded time, each attempt on a connection newly borrowed from the data source, so a
 * terminated backend, a server restart or a failover does not end a run. Only for work that is safe
 * to repeat whole: a single transaction, rolled back when it failed.
 */
final class TransientRetry {
  private static final System.Logger LOG = System.getLogger(TransientRetry.class.getName());
  private static final long FIRST_PAUSE_MILLIS = 100;
  private static final long LONGEST_PAUSE_MILLIS = 2_000;

  private final Duration retryFor;

  TransientRetry(Duration retryFor) {
    this.retryFor = retryFor;
  }

  Duration retryFor() {
    return retryFor;
  }

  /**
   * Runs {@code work}, again after a transient failure until {@code retryFor} has passed since the
   * first attempt; then, or on any other failure, or when interrupted, throws the last failure.
   */
  <T> T run(String doing, Supplier<T> work) {
    long deadline = System.nanoTime() + retryFor.toNanos();
    long pause = FIRST_PAUSE_MILLIS;
    while (true) {
      try {
        return work.get();
      } catch (RuntimeException e) {
        long left = deadline - System.nanoTime();
        if (!DatabaseErrors.isTransient(e) || left <= 0 || Thread.currentThread().isInterrupted()) {
          throw e;
        }
        LOG.log(
            Level.WARNING,
            () -> "transient database error while " + doing + ", retrying: " + e.getMessage());
        try {
          Thread.sleep(Math.min(pause, Math.max(1, left / 1_000_000)));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
        pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
      }
    }
  }
}
