package dev.guildsync.core.internal;

import dev.guildsync.core.SyncException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Fetches a batch's items concurrently, never more than {@code concurrency} at once, results in the
 * items' order. A problem of one item is that item's result (a null answer or a runtime exception
 * of the source becomes a failed result); a {@link SyncException} from the source stops the batch.
 * Internal: shared by the syncs, not part of the API. Thread-safe; one instance serves every run.
 *
 * @param <I> what is fetched (a claimed character, a claimed guild)
 * @param <R> the fetch result
 */
public final class BoundedFetcher<I, R> {
  private final int concurrency;
  private final String noun;
  private final Function<I, R> fetch;
  private final BiFunction<Boolean, String, R> failed;

  /**
   * @param concurrency the most fetches in flight, positive
   * @param noun what one result is, for messages, e.g. {@code "profile"}
   * @param fetch fetches one item; may throw {@link SyncException} to stop the batch
   * @param failed makes a failed result from (retryable, reason)
   */
  public BoundedFetcher(
      int concurrency, String noun, Function<I, R> fetch, BiFunction<Boolean, String, R> failed) {
    if (concurrency <= 0) {
      throw new IllegalArgumentException("concurrency must be positive: " + concurrency);
    }
    this.concurrency = concurrency;
    this.noun = Objects.requireNonNull(noun, "noun");
    this.fetch = Objects.requireNonNull(fetch, "fetch");
    this.failed = Objects.requireNonNull(failed, "failed");
  }

  /**
   * Fetches every item on {@code executor}.
   *
   * @return one result per item, in the same order; never null
   * @throws SyncException when the source failed as a whole, the executor rejected a task, or the
   *     thread was interrupted (its interrupt flag is restored)
   */
  public List<R> fetchAll(List<I> items, Executor executor) {
    Semaphore permits = new Semaphore(concurrency);
    AtomicReference<SyncException> fatal = new AtomicReference<>();
    List<CompletableFuture<R>> futures = new ArrayList<>(items.size());
    try {
      for (I item : items) {
        permits.acquire();
        if (fatal.get() != null) {
          permits.release();
          break;
        }
        futures.add(submit(item, executor, permits, fatal));
      }
      List<R> results = new ArrayList<>(items.size());
      for (CompletableFuture<R> future : futures) {
        // get, not join: a stopped run must not wait for the batch's slowest fetch
        results.add(future.get());
      }
      if (fatal.get() != null) {
        throw fatal.get();
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      futures.forEach(f -> f.cancel(true));
      throw new SyncException("sync interrupted while fetching " + noun + "s", e);
    } catch (CancellationException | CompletionException | ExecutionException e) {
      throw new SyncException("fetching " + noun + "s failed: " + e.getMessage(), e);
    }
  }

  private CompletableFuture<R> submit(
      I item, Executor executor, Semaphore permits, AtomicReference<SyncException> fatal) {
    try {
      return CompletableFuture.supplyAsync(
          () -> {
            try {
              return fatal.get() != null
                  ? failed.apply(true, "not fetched: the run was stopped")
                  : fetchOne(item);
            } catch (SyncException e) {
              fatal.compareAndSet(null, e);
              return failed.apply(true, "not fetched: " + e.getMessage());
            } finally {
              permits.release();
            }
          },
          executor);
    } catch (RejectedExecutionException e) {
      permits.release();
      throw new SyncException("the fetch executor rejected a task: " + e.getMessage(), e);
    }
  }

  private R fetchOne(I item) {
    try {
      R result = fetch.apply(item);
      return result == null ? failed.apply(false, noun + " source returned null") : result;
    } catch (SyncException e) {
      throw e;
    } catch (RuntimeException e) {
      return failed.apply(
          true, noun + " source threw " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
