package dev.guildsync.core.internal;

import dev.guildsync.core.PhaseReport;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.SyncRunFailedException;
import dev.guildsync.core.claim.Claimed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What one sync plugs into the {@link BatchEngine}: what it claims, how it fetches one item, how it
 * decides and saves a fetched batch, how its run adds up, and its listener's events. Everything
 * else (the run's limit, the lease and its heartbeat, the bounded fetch, failures) is the engine's.
 * Internal: implemented by the sync services, not part of the API.
 *
 * @param <T> a claimed item, e.g. a due character
 * @param <F> one item's fetch result
 * @param <O> one item's outcome
 * @param <R> the run's report
 */
public interface BatchSync<T, F, O, R extends PhaseReport> {

  /**
   * The words a run's messages and threads use, and where it logs.
   *
   * @param item what is claimed, singular, e.g. {@code "character"}: "claiming due characters",
   *     thread {@code guildsync-character-lease}
   * @param fetched what one fetch gets, e.g. {@code "profile"}: "fetching profiles"
   * @param pool names the threads of a run's own fetch pool, {@code guildsync-<pool>-n}
   * @param log where listener failures and the run's last line go: the service's logger
   */
  record Names(String item, String fetched, String pool, System.Logger log) {
    public Names {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(fetched, "fetched");
      Objects.requireNonNull(pool, "pool");
      Objects.requireNonNull(log, "log");
    }
  }

  /**
   * What a batch's sync may do besides its own work. Used by the running thread only.
   *
   * @param <O> one item's outcome
   */
  interface Steps<O> {
    /**
     * Runs one step of the batch, e.g. {@code "saving"}; a runtime exception ends the run with one
     * line naming the batch, the step and the cause.
     */
    <X> X step(String what, Supplier<X> action);

    /** One item's outcome, once it is saved: it is tallied and told to the listener. */
    void done(O outcome);
  }

  /**
   * Adds one run's outcomes up. Used by one thread at a time.
   *
   * @param <O> one item's outcome
   * @param <R> the run's report
   */
  interface Tally<O, R> {
    /** Counts one outcome. */
    void add(O outcome);

    /** The report so far: {@code batches} done in {@code duration}. */
    R report(int batches, Duration duration);
  }

  /** The words and logger of this sync's runs. */
  Names names();

  /**
   * Claims at most {@code limit} due items under a lease.
   *
   * @param runStart when the run started: staleness is measured from it
   * @param now the current time: the lease runs from it
   */
  Claimed<T> claim(Instant runStart, Instant now, int limit);

  /**
   * Fetches one item; may throw {@link SyncException} to stop the batch (see {@link
   * BoundedFetcher}).
   */
  F fetch(T item);

  /** A failed fetch result, for an item whose fetch threw or was not made. */
  F failedFetch(boolean retryable, String reason);

  /**
   * Decides and saves a fetched batch, and reports each item's outcome through {@code steps}.
   *
   * @param claimed the batch, under its lease
   * @param results one fetch result per item, in the items' order
   */
  void sync(Claimed<T> claimed, List<F> results, Steps<O> steps);

  /** A new tally, for one run. */
  Tally<O, R> newTally();

  /** The exception a failed run ends with, carrying what it did before. */
  SyncRunFailedException failed(String message, RuntimeException cause, R partialReport);

  /** The run's last log line. */
  String finished(R report);

  /** Tells the listener a batch of {@code items} was claimed; {@code batch} counts from 1. */
  void batchStarted(int batch, int items);

  /** Tells the listener one item's outcome. */
  void synced(O outcome);

  /** Tells the listener a batch is done; {@code totals} covers the run so far. */
  void batchFinished(int batch, R totals);

  /** Tells the listener a batch failed and the run ends with {@code error}. */
  void batchFailed(int batch, SyncException error);
}
