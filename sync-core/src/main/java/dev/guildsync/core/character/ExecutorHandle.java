package dev.guildsync.core.character;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** The executor of one run: the user's, left alone, or a pool of our own, shut down after. */
final class ExecutorHandle implements AutoCloseable {
  private final Executor executor;
  private final ExecutorService owned;

  private ExecutorHandle(Executor executor, ExecutorService owned) {
    this.executor = executor;
    this.owned = owned;
  }

  static ExecutorHandle forRun(CharacterSyncSettings settings) {
    if (settings.executor().isPresent()) {
      return new ExecutorHandle(settings.executor().get(), null);
    }
    AtomicInteger n = new AtomicInteger();
    ThreadFactory threads =
        task -> {
          Thread thread = new Thread(task, "guildsync-fetch-" + n.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency(), threads);
    return new ExecutorHandle(pool, pool);
  }

  Executor executor() {
    return executor;
  }

  @Override
  public void close() {
    if (owned != null) {
      owned.shutdownNow();
    }
  }
}
