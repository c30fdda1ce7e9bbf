package dev.guildsync.core.character;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.claim.CommonChange;
import dev.guildsync.core.claim.FailureBackoff;
import dev.guildsync.core.internal.Checks;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Rules 1 and 3 to 6, and Blizzard's retention rule, as pure functions: from a claimed character,
 * what Battle.net answered and the guild lookup's answer, the change to write. Rule 2 (race-free
 * write) is the store's part of the contract; rule 7 (idempotence) follows from these being pure.
 */
final class CharacterSyncRules {
  private final FailureBackoff backoff;
  private final RetentionPolicy retention;

  /** Rules that back failed characters off with {@code backoff} and purge invalid characters. */
  CharacterSyncRules(FailureBackoff backoff) {
    this(backoff, RetentionPolicy.PURGE);
  }

  /**
   * Rules that back failed characters off with {@code backoff} and treat characters the status
   * endpoint calls invalid as {@code retention} says.
   */
  CharacterSyncRules(FailureBackoff backoff, RetentionPolicy retention) {
    this.backoff = Objects.requireNonNull(backoff, "backoff");
    this.retention = Objects.requireNonNull(retention, "retention");
  }

  /**
   * Decides one character's change.
   *
   * @param character the claimed character
   * @param result what the profile source answered
   * @param trackedInRegion the guild lookup's answer for the character's region
   * @param now the time to record as the sync time
   */
  CharacterChange decide(
      DueCharacter character,
      FetchResult<CharacterProfile> result,
      Map<BnetGuildId, GuildKey> trackedInRegion,
      Instant now) {
    CharacterKey key = character.key();
    if (result instanceof FetchResult.Found<CharacterProfile> found) {
      CharacterProfile profile = found.value();
      if (character.bnetCharacterId().isPresent()
          && !character.bnetCharacterId().get().equals(profile.id())) {
        return new CharacterChange.IdentityChanged(
            key, character.bnetCharacterId().get(), profile.id(), now);
      }
      GuildLink link = GuildLinkRule.link(profile.guild(), trackedInRegion);
      return new CharacterChange.Refreshed(key, profile, link, found.lastModified(), now);
    }
    if (result instanceof FetchResult.Failed<CharacterProfile> failure) {
      return failed(character, failure.reason(), now);
    }
    return new CharacterChange.Common(
        CommonChange.of(key, character.state(), result, now, backoff));
  }

  /**
   * Decides one character's change after a status check (Blizzard's retention rule): valid under
   * the recorded Battle.net id validates it; a 404, {@code is_valid: false} or another id
   * invalidates it under the rules' {@link RetentionPolicy}; a failure backs off like a profile
   * failure.
   *
   * @param character the claimed character (its recorded id is what the answer must match)
   * @param result what the status source answered
   * @param now the time to record
   */
  CharacterChange decideStatus(
      DueCharacter character, FetchResult<CharacterStatus> result, Instant now) {
    CharacterKey key = character.key();
    if (result instanceof FetchResult.Found<CharacterStatus> found) {
      CharacterStatus answered = found.value();
      boolean sameId = character.bnetCharacterId().map(answered.id()::equals).orElse(true);
      if (answered.valid() && sameId) {
        return new CharacterChange.Validated(key, now);
      }
      String reason =
          sameId
              ? "status: is_valid false"
              : "status: the name now belongs to Battle.net id "
                  + answered.id()
                  + ", not the recorded "
                  + character.bnetCharacterId().get();
      return new CharacterChange.Invalidated(key, retention, reason, now);
    }
    if (result instanceof FetchResult.NotFound<CharacterStatus> notFound) {
      return new CharacterChange.Invalidated(
          key, retention, Checks.storableReason("status: " + notFound.detail()), now);
    }
    if (result instanceof FetchResult.Failed<CharacterStatus> failure) {
      return failed(character, "status: " + failure.reason(), now);
    }
    // A status check is never conditional, so a 304 says nothing: back off and ask again.
    return failed(character, "status: not modified, though the check was not conditional", now);
  }

  private CharacterChange failed(DueCharacter character, String reason, Instant now) {
    // The reason comes from any source: keep it storable and on one line.
    String storable = Checks.storableReason(reason);
    return new CharacterChange.Common(
        CommonChange.Failed.after(character.key(), character.state(), storable, now, backoff));
  }
}
