package dev.guildsync.example;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the bench started, stopped in reverse order on the way out, also on failure and on
 * Ctrl-C (a shutdown hook closes what is still open).
 */
final class BenchResources implements AutoCloseable {
  private final List<AutoCloseable> opened = new ArrayList<>();
  private final Thread hook = new Thread(this::closeQuietly, "guildsync-bench-shutdown");

  BenchResources() {
    Runtime.getRuntime().addShutdownHook(hook);
  }

  synchronized <T extends AutoCloseable> T add(T resource) {
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
