package dev.guildsync.example;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * {@code run --every}: one run at start, then one every {@code every}, on the calling thread, so
 * two runs never overlap. A run that overruns its slot delays the next one (it starts right after),
 * never stacks one behind it. The loop ends when the calling thread is interrupted (SIGINT or
 * SIGTERM through {@link StopOnSignal}) or when a run asks to stop.
 */
final class RunLoop {
  private final Duration every;

  RunLoop(Duration every) {
    Objects.requireNonNull(every, "every");
    if (every.isNegative() || every.isZero()) {
      throw new UsageException("--every must be positive: " + every);
    }
    this.every = every;
  }

  /**
   * Runs {@code run} until the thread is interrupted or {@code run} returns false.
   *
   * @return how many runs started
   */
  long loop(BooleanSupplier run) {
    long runs = 0;
    long next = System.nanoTime();
    while (!Thread.currentThread().isInterrupted()) {
      long wait = next - System.nanoTime();
      if (wait > 0 && !sleep(wait)) {
        break;
      }
      long started = System.nanoTime();
      runs++;
      if (!run.getAsBoolean()) {
        break;
      }
      // The next slot counts from this run's start; an overrun starts the next one at once.
      next = started + every.toNanos();
    }
    return runs;
  }

  /** Sleeps; false when interrupted (the interrupt flag is kept, so the loop ends). */
  private static boolean sleep(long nanos) {
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
