package dev.guildsync.core.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor of one run: the user's, left alone, or a pool of daemon threads of our own, shut
 * down when the run closes it. Internal: shared by the syncs, not part of the API. Not thread-safe;
 * one per run.
 */
public final class RunExecutor implements AutoCloseable {
  private final Executor executor;
  private final Optional<ExecutorService> owned;

  private RunExecutor(Executor executor, Optional<ExecutorService> owned) {
    this.executor = executor;
    this.owned = owned;
  }

  /**
   * The user's executor when there is one, else a fixed pool of {@code threads} threads named
   * {@code guildsync-<name>-n}.
   */
  public static RunExecutor forRun(Optional<Executor> users, int threads, String name) {
    Objects.requireNonNull(users, "users");
    Objects.requireNonNull(name, "name");
    if (users.isPresent()) {
      return new RunExecutor(users.get(), Optional.empty());
    }
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory =
        task -> {
          Thread thread = new Thread(task, "guildsync-" + name + "-" + n.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    ExecutorService pool = Executors.newFixedThreadPool(threads, factory);
    return new RunExecutor(pool, Optional.of(pool));
  }

  /** Where the run's fetches go. */
  public Executor executor() {
    return executor;
  }

  /** Shuts the pool down if it is ours; leaves a user's executor alone. */
  @Override
  public void close() {
    owned.ifPresent(ExecutorService::shutdownNow);
  }
}
