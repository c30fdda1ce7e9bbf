package dev.guildsync.core.character;

import dev.guildsync.core.FetchResult;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.internal.BoundedFetcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Fetches a batch concurrently, never more than {@code concurrency} requests at once: the profile
 * of a character due for a profile sync, the status of one due for a status check, on the same
 * permits. A problem of one character is that character's result; a {@link SyncException} from the
 * source stops the batch.
 */
final class BatchFetcher {
  /** One character's answer, profile or status. */
  sealed interface Answer {
    /** The answer as a profile result. */
    FetchResult<CharacterProfile> profile();

    /** The answer as a status result. */
    FetchResult<CharacterStatus> status();
  }

  /** A profile answer. */
  record Profile(FetchResult<CharacterProfile> profile) implements Answer {
    @Override
    public FetchResult<CharacterStatus> status() {
      throw new IllegalStateException("a profile was fetched, not a status");
    }
  }

  /** A status answer. */
  record Status(FetchResult<CharacterStatus> status) implements Answer {
    @Override
    public FetchResult<CharacterProfile> profile() {
      throw new IllegalStateException("a status was fetched, not a profile");
    }
  }

  /** A fetch that failed before any answer, whatever was asked. */
  record Failure(boolean retryable, String reason) implements Answer {
    @Override
    public FetchResult<CharacterProfile> profile() {
      return FetchResult.failed(retryable, reason);
    }

    @Override
    public FetchResult<CharacterStatus> status() {
      return FetchResult.failed(retryable, reason);
    }
  }

  /** The characters of a batch whose profile was fetched, with their results. */
  record Profiled(List<DueCharacter> characters, List<FetchResult<CharacterProfile>> results) {}

  /** Those of {@code characters} whose profile was fetched (not their status). */
  static Profiled profiled(List<DueCharacter> characters, List<Answer> answers) {
    List<DueCharacter> profiled = new ArrayList<>();
    List<FetchResult<CharacterProfile>> results = new ArrayList<>();
    for (int i = 0; i < characters.size(); i++) {
      if (!(answers.get(i) instanceof Status)) {
        profiled.add(characters.get(i));
        results.add(answers.get(i).profile());
      }
    }
    return new Profiled(profiled, results);
  }

  private final BoundedFetcher<DueCharacter, Answer> fetcher;

  BatchFetcher(
      CharacterProfilePort profiles, Optional<CharacterStatusPort> statuses, int concurrency) {
    this.fetcher =
        new BoundedFetcher<>(
            concurrency,
            "profile",
            character -> fetch(profiles, statuses, character),
            Failure::new);
  }

  private static Answer fetch(
      CharacterProfilePort profiles,
      Optional<CharacterStatusPort> statuses,
      DueCharacter character) {
    if (character.statusCheck() && statuses.isPresent()) {
      FetchResult<CharacterStatus> status = statuses.get().checkStatus(character.ref());
      return status == null ? null : new Status(status);
    }
    FetchResult<CharacterProfile> profile =
        profiles.fetchProfile(character.ref(), lastModifiedToSend(character));
    return profile == null ? null : new Profile(profile);
  }

  /**
   * Fetches every character, results in the same order.
   *
   * @throws SyncException when the source failed as a whole, or the thread was interrupted
   */
  List<Answer> fetchAll(List<DueCharacter> characters, Executor executor) {
    return fetcher.fetchAll(characters, executor);
  }

  private static Optional<String> lastModifiedToSend(DueCharacter character) {
    // Only an available character's Last-Modified is sent: an unavailable one must be fetched in
    // full so a returning character's identity is checked again.
    return character.available() ? character.lastModified() : Optional.empty();
  }
}
