package dev.guildsync.example;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stops a run cleanly on SIGINT or SIGTERM: a shutdown hook interrupts the thread that installed
 * it, so the sync service releases the lease of the batch in progress, and holds the JVM's exit
 * until {@link #close()} says the run is over (at most {@link #WAIT_SECONDS} seconds). Closing it
 * on the normal path removes the hook.
 */
final class StopOnSignal implements AutoCloseable {
  /** How long a signal waits for the run to give its leases back. */
  static final long WAIT_SECONDS = 10;

  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  private StopOnSignal(Thread runner) {
    hook =
        new Thread(
            () -> {
              runner.interrupt();
              try {
                finished.await(WAIT_SECONDS, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "guildsync-sync-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Installs the hook for the calling thread. */
  static StopOnSignal install() {
    return new StopOnSignal(Thread.currentThread());
  }

  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Shutting down: the hook is running and has just been told the run is over.
    }
  }
}
