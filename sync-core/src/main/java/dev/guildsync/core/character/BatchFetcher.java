package dev.guildsync.core.character;

import dev.guildsync.core.SyncException;
import dev.guildsync.core.internal.BoundedFetcher;
import dev.guildsync.core.port.CharacterProfilePort;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Fetches a batch's profiles concurrently, never more than {@code concurrency} at once. A problem
 * of one character is that character's result; a {@link SyncException} from the source stops the
 * batch.
 */
final class BatchFetcher {
  private final BoundedFetcher<DueCharacter, ProfileFetchResult> fetcher;

  BatchFetcher(CharacterProfilePort profiles, int concurrency) {
    this.fetcher =
        new BoundedFetcher<>(
            concurrency,
            "profile",
            character -> profiles.fetch(character.ref(), lastModifiedToSend(character)),
            ProfileFetchResult::failed);
  }

  /**
   * Fetches every character, results in the same order.
   *
   * @throws SyncException when the source failed as a whole, or the thread was interrupted
   */
  List<ProfileFetchResult> fetchAll(List<DueCharacter> characters, Executor executor) {
    return fetcher.fetchAll(characters, executor);
  }

  private static Optional<String> lastModifiedToSend(DueCharacter character) {
    // Only an available character's Last-Modified is sent: an unavailable one must be fetched in
    // full so a returning character's identity is checked again.
    return character.available() ? character.lastModified() : Optional.empty();
  }
}
