package dev.guildsync.core.internal;

import dev.guildsync.core.SyncAlreadyRunningException;
import java.util.function.Supplier;

/**
 * Lets one run at a time through; a second concurrent run is refused, not queued. Internal: shared
 * by the syncs, not part of the API. Thread-safe.
 */
public final class RunGate {
  private final Object lock = new Object();
  private boolean running;

  /**
   * Runs {@code run} unless a run of this gate is in progress.
   *
   * @return what {@code run} returned
   * @throws SyncAlreadyRunningException when another run is in progress
   */
  public <T> T runAlone(Supplier<T> run) {
    synchronized (lock) {
      if (running) {
        throw new SyncAlreadyRunningException();
      }
      running = true;
    }
    try {
      return run.get();
    } finally {
      synchronized (lock) {
        running = false;
      }
    }
  }
}
