package dev.guildsync.core.character;

import dev.guildsync.core.FetchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One claimed character's answer: the profile of a character due for a profile sync, the status of
 * one due for a status check, or a failure before any answer.
 */
sealed interface Answer {
  /** The answer as a profile result. */
  FetchResult<CharacterProfile> profile();

  /** The answer as a status result. */
  FetchResult<CharacterStatus> status();

  /** The details fetched after the profile; none for a status or a failure. */
  default CharacterDetails.Fetched details() {
    return CharacterDetails.Fetched.NONE;
  }

  /** A profile answer, with the details fetched after it. */
  record Profile(FetchResult<CharacterProfile> profile, CharacterDetails.Fetched details)
      implements Answer {
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

  /**
   * Asks the status source when the character is due for a status check and there is one, else
   * fetches the profile, then its due details.
   *
   * @return the answer; null when the source returned null
   */
  static Answer fetch(
      CharacterProfilePort profiles,
      Optional<CharacterStatusPort> statuses,
      CharacterDetails details,
      DueCharacter character) {
    if (character.statusCheck() && statuses.isPresent()) {
      FetchResult<CharacterStatus> status = statuses.get().checkStatus(character.ref());
      return status == null ? null : new Status(status);
    }
    FetchResult<CharacterProfile> profile =
        profiles.fetchProfile(character.ref(), character.state().lastModifiedToSend());
    return profile == null ? null : new Profile(profile, details.fetch(character, profile));
  }
}
