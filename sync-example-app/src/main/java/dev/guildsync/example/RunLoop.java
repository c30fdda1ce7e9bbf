package dev.guildsync.example;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code run --every}: one run at start, then one every {@code every}, on the calling thread, so
 * two runs never overlap. A run that overruns its slot delays the next one (it starts right after),
 * never stacks one behind it. A run that found Battle.net unavailable asks for the next one {@link
 * Next#SOON}: it comes {@code firstRetry} after that run ended, then twice as long after each
 * further such run, at most {@code maxRetry} and never later than the regular slot, so a service
 * does not wait out a long interval blind (the Battle.net client lets the first request of such a
 * run through as a probe and fails the others at once while it gets no answer). The loop ends when
 * the calling thread is interrupted (SIGINT or SIGTERM through {@link StopOnSignal}) or when a run
 * asks to stop.
 */
final class RunLoop {
  /** What a run asks of the loop. */
  enum Next {
    /** Run again at the next regular slot. */
    ON_SCHEDULE,
    /** Battle.net was unavailable: run again soon, on the retry schedule. */
    SOON,
    /** Stop the loop. */
    STOP
  }

  static final Duration FIRST_RETRY = Duration.ofSeconds(15);
  static final Duration MAX_RETRY = Duration.ofMinutes(5);

  private final Duration every;
  private final Duration firstRetry;
  private final Duration maxRetry;
  private int retries; // runs in a row that asked for SOON; only the loop's thread touches it

  RunLoop(Duration every) {
    this(every, FIRST_RETRY, MAX_RETRY);
  }

  RunLoop(Duration every, Duration firstRetry, Duration maxRetry) {
    Objects.requireNonNull(every, "every");
    if (every.isNegative() || every.isZero()) {
      throw new UsageException("--every must be positive: " + every);
    }
    this.every = every;
    this.firstRetry = Objects.requireNonNull(firstRetry, "firstRetry");
    this.maxRetry = Objects.requireNonNull(maxRetry, "maxRetry");
  }

  /**
   * Runs {@code run} until the thread is interrupted or {@code run} returns {@link Next#STOP}.
   *
   * @return how many runs started
   */
  long loop(Supplier<Next> run) {
    long runs = 0;
    retries = 0;
    long next = System.nanoTime();
    while (!Thread.currentThread().isInterrupted()) {
      long wait = next - System.nanoTime();
      if (wait > 0 && !sleep(wait)) {
        break;
      }
      long started = System.nanoTime();
      runs++;
      Next asked = run.get();
      if (asked == Next.STOP) {
        break;
      }
      // The next slot counts from this run's start; an overrun starts the next one at once.
      next = started + every.toNanos();
      if (asked == Next.SOON) {
        // Counted from the end: the client's probe spacing counts from the last failed request.
        next = Math.min(next, System.nanoTime() + retryDelay(retries++).toNanos());
      } else {
        retries = 0;
      }
    }
    return runs;
  }

  /**
   * How long after a run that found Battle.net unavailable, if the run in progress (on the loop's
   * thread) asks for {@link Next#SOON}, the next one comes at the latest.
   */
  Duration nextRetry() {
    Duration delay = retryDelay(retries);
    return delay.compareTo(every) < 0 ? delay : every;
  }

  /** How long after the {@code n}th (from 0) run in a row that found Battle.net unavailable. */
  Duration retryDelay(int n) {
    Duration delay = firstRetry.multipliedBy(1L << Math.min(n, 20));
    return delay.compareTo(maxRetry) < 0 ? delay : maxRetry;
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
