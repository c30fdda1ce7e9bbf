package dev.guildsync.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a command started (embedded PostgreSQL, the simulator, pools, clients), stopped in
 * reverse order on the way out, also on failure and on Ctrl-C (a shutdown hook closes what is still
 * open). Used by the demo and the bench. Thread-safe.
 */
public final class StartedResources implements AutoCloseable {
  private final List<AutoCloseable> opened = new ArrayList<>();
  private final Thread hook;

  /** Registers the shutdown hook, named after the command, e.g. "guildsync-demo-shutdown". */
  public StartedResources(String command) {
    hook = new Thread(this::closeQuietly, "guildsync-" + command + "-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Keeps {@code resource} to close, after everything added later; returns it. */
  public synchronized <T extends AutoCloseable> T add(T resource) {
    opened.add(resource);
    return resource;
  }

  private synchronized void closeQuietly() {
    for (int i = opened.size() - 1; i >= 0; i--) {
      try {
        opened.get(i).close();
      } catch (Exception e) {
        // Shutting down: keep stopping the rest.
      }
    }
    opened.clear();
  }

  @Override
  public void close() {
    closeQuietly();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Already shutting down: the hook is running or ran.
    }
  }
}
