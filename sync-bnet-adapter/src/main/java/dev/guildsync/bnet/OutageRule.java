package dev.guildsync.bnet;

import dev.guildsync.core.outage.BattleNetUnavailableException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.LongSupplier;

/**
 * Decides when Battle.net as a whole counts as unavailable, and lets it prove otherwise.
 *
 * <p>Available until {@code threshold} attempts in a row, for at least two different requests, got
 * no usable answer (timed out, could not connect, got no token, got a 5xx or a 429) with no answer
 * between: then every attempt fails at once with {@link BattleNetUnavailableException}, so no more
 * time is spent on a silent host and no item is blamed for it. One attempt per {@code probeSpacing}
 * (counted from the last failure) goes through as a probe; attempts that come while it is in flight
 * wait for it. Any other answer (2xx, 304, 4xx but 429) from any attempt makes Battle.net available
 * again. One request's own retries never make it unavailable alone: a timeout or 5xx of one item
 * while others are answered stays that item's result. A streak of nothing but 429s must also have
 * lasted {@link #THROTTLED_FOR}: several instances over a shared quota see long runs of 429s
 * between answers, which is throttling to slow down for (the retries do), not Battle.net throttling
 * everything; a real storm gets no answer at all for that long, well before a request has used up
 * its retries (about a second each).
 *
 * <p>Why a rule of our own rather than a circuit-breaker library: what is needed is a count of
 * failures in a row across requests and one probe at a time, about fifty lines; a library (and its
 * dependencies) would be forced on every user of the client for that. Thread-safe.
 */
final class OutageRule {
  private static final System.Logger LOG = System.getLogger(OutageRule.class.getName());

  /** How long a streak of nothing but 429s must last to make Battle.net unavailable. */
  static final Duration THROTTLED_FOR = Duration.ofSeconds(2);

  /** What an attempt was let through as. */
  enum Admission {
    NORMAL,
    PROBE
  }

  private final int threshold;
  private final long probeSpacingNanos;
  private final LongSupplier nanoTime;
  private final Object lock = new Object();
  private final OutageStreak streak = new OutageStreak(); // guarded by lock
  private boolean everAnswered; // guarded by lock
  private boolean unavailable; // guarded by lock
  private long nextProbeAt; // guarded by lock
  private long streakStartedAt; // guarded by lock; when the streak's first failure came
  private CompletableFuture<Void> probe; // guarded by lock; null when none in flight

  OutageRule(int threshold, Duration probeSpacing, LongSupplier nanoTime) {
    this.threshold = threshold;
    this.probeSpacingNanos = probeSpacing.toNanos();
    this.nanoTime = nanoTime;
  }

  /**
   * Before an attempt.
   *
   * @return how the attempt goes
   * @throws BattleNetUnavailableException while Battle.net is unavailable and no probe is due
   * @throws InterruptedException while waiting for a probe's answer
   */
  Admission admit() throws InterruptedException {
    while (true) {
      CompletableFuture<Void> inFlight;
      synchronized (lock) {
        if (!unavailable) {
          return Admission.NORMAL;
        }
        if (probe == null) {
          if (nanoTime.getAsLong() - nextProbeAt < 0) {
            throw streak.exception(everAnswered);
          }
          probe = new CompletableFuture<>();
          return Admission.PROBE;
        }
        inFlight = probe;
      }
      try {
        inFlight.get(); // then look again: available, a failed probe, or a probe to make
      } catch (ExecutionException e) {
        throw new IllegalStateException("a probe completes normally", e);
      }
    }
  }

  /** The attempt got an answer that says Battle.net serves requests. */
  void answered() {
    CompletableFuture<Void> waiting;
    synchronized (lock) {
      if (unavailable) {
        LOG.log(Level.INFO, "Battle.net answers again");
      }
      everAnswered = true;
      unavailable = false;
      streak.clear();
      waiting = probe;
      probe = null;
    }
    complete(waiting);
  }

  /** The attempt of {@code request} (its path) got no usable answer. */
  void failed(Admission admission, String request, OutageStreak.Failure failure) {
    CompletableFuture<Void> waiting = null;
    synchronized (lock) {
      long now = nanoTime.getAsLong();
      if (streak.count() == 0) {
        streakStartedAt = now;
      }
      streak.add(request, failure);
      if (admission == Admission.PROBE) {
        waiting = probe;
        probe = null;
        nextProbeAt = now + probeSpacingNanos;
      } else if (!unavailable && isOutage(now)) {
        unavailable = true;
        nextProbeAt = now + probeSpacingNanos;
        LOG.log(
            Level.WARNING,
            "{0}; probing it again at most once every {1} ms",
            streak.exception(everAnswered).getMessage(),
            probeSpacingNanos / 1_000_000);
      }
    }
    complete(waiting);
  }

  private boolean isOutage(long now) {
    return streak.count() >= threshold
        && streak.distinct()
        && (!streak.throttledOnly() || now - streakStartedAt >= THROTTLED_FOR.toNanos());
  }

  /** The attempt ended without telling anything (interrupted, credentials rejected, ...). */
  void abandoned(Admission admission) {
    CompletableFuture<Void> waiting = null;
    synchronized (lock) {
      if (admission == Admission.PROBE && probe != null) {
        waiting = probe;
        probe = null;
        nextProbeAt = nanoTime.getAsLong(); // a waiting attempt may probe at once
      }
    }
    complete(waiting);
  }

  private static void complete(CompletableFuture<Void> probe) {
    if (probe != null) {
      probe.complete(null);
    }
  }
}
