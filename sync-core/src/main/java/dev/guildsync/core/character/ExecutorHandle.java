package dev.guildsync.core.character;

import dev.guildsync.core.internal.RunExecutor;
import java.util.concurrent.Executor;

/** The executor of one run: the user's, left alone, or a pool of our own, shut down after. */
final class ExecutorHandle implements AutoCloseable {
  private final RunExecutor run;

  private ExecutorHandle(RunExecutor run) {
    this.run = run;
  }

  static ExecutorHandle forRun(CharacterSyncSettings settings) {
    return new ExecutorHandle(
        RunExecutor.forRun(settings.executor(), settings.concurrency(), "fetch"));
  }

  Executor executor() {
    return run.executor();
  }

  @Override
  public void close() {
    run.close();
  }
}
