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
  private volatile Integer exitCode;

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
              Integer code = exitCode;
              if (code != null) {
                // A stop the command finished cleanly: exit with its code, not the signal's.
                Runtime.getRuntime().halt(code);
              }
            },
            "guildsync-sync-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Installs the hook for the calling thread. */
  static StopOnSignal install() {
    return new StopOnSignal(Thread.currentThread());
  }

  /**
   * Like {@link #close()}, and when a signal stopped the command, the process exits with {@code
   * code} once the command is done (for {@code run}, whose clean stop is a success), instead of the
   * signal's status.
   */
  void closeWith(int code) {
    exitCode = code;
    close();
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
