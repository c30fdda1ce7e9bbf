package dev.guildsync.core.character;

import dev.guildsync.core.SyncException;
import dev.guildsync.core.port.CharacterProfilePort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fetches a batch's profiles concurrently, never more than {@code concurrency} at once. A problem
 * of one character is that character's result; a {@link SyncException} from the source stops the
 * batch.
 */
final class BatchFetcher {
  private final CharacterProfilePort profiles;
  private final int concurrency;

  BatchFetcher(CharacterProfilePort profiles, int concurrency) {
    this.profiles = profiles;
    this.concurrency = concurrency;
  }

  /**
   * Fetches every character, results in the same order.
   *
   * @throws SyncException when the source failed as a whole, or the thread was interrupted
   */
  List<ProfileFetchResult> fetchAll(List<DueCharacter> characters, Executor executor) {
    Semaphore permits = new Semaphore(concurrency);
    AtomicReference<SyncException> fatal = new AtomicReference<>();
    List<CompletableFuture<ProfileFetchResult>> futures = new ArrayList<>(characters.size());
    try {
      for (DueCharacter character : characters) {
        permits.acquire();
        if (fatal.get() != null) {
          permits.release();
          break;
        }
        futures.add(submit(character, executor, permits, fatal));
      }
      List<ProfileFetchResult> results = new ArrayList<>(characters.size());
      for (CompletableFuture<ProfileFetchResult> future : futures) {
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
      throw new SyncException("sync interrupted while fetching profiles", e);
    } catch (CancellationException | CompletionException | ExecutionException e) {
      throw new SyncException("fetching profiles failed: " + e.getMessage(), e);
    }
  }

  private CompletableFuture<ProfileFetchResult> submit(
      DueCharacter character,
      Executor executor,
      Semaphore permits,
      AtomicReference<SyncException> fatal) {
    try {
      return CompletableFuture.supplyAsync(
          () -> {
            try {
              return fatal.get() != null
                  ? ProfileFetchResult.failed(true, "not fetched: the run was stopped")
                  : fetchOne(character);
            } catch (SyncException e) {
              fatal.compareAndSet(null, e);
              return ProfileFetchResult.failed(true, "not fetched: " + e.getMessage());
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

  private ProfileFetchResult fetchOne(DueCharacter character) {
    // Only an available character's Last-Modified is sent: an unavailable one must be fetched in
    // full so a returning character's identity is checked again.
    Optional<String> lastModified =
        character.available() ? character.lastModified() : Optional.empty();
    try {
      ProfileFetchResult result = profiles.fetch(character.ref(), lastModified);
      if (result == null) {
        return ProfileFetchResult.failed(false, "profile source returned null");
      }
      return result;
    } catch (SyncException e) {
      throw e;
    } catch (RuntimeException e) {
      return ProfileFetchResult.failed(
          true, "profile source threw " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
