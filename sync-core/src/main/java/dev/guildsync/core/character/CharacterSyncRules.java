package dev.guildsync.core.character;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.FailureBackoff;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.internal.Checks;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Rules 1 and 3 to 6 as one pure function: from a claimed character, what Battle.net answered and
 * the guild lookup's answer, the change to write. Rule 2 (race-free write) is the store's part of
 * the contract; rule 7 (idempotence) follows from these being pure.
 */
public final class CharacterSyncRules {
  private final FailureBackoff backoff;

  /** Rules that back failed characters off with {@code backoff}. */
  public CharacterSyncRules(FailureBackoff backoff) {
    this.backoff = Objects.requireNonNull(backoff, "backoff");
  }

  /**
   * Decides one character's change.
   *
   * @param character the claimed character
   * @param result what the profile source answered
   * @param trackedInRegion the guild lookup's answer for the character's region
   * @param now the time to record as the sync time
   */
  public CharacterChange decide(
      DueCharacter character,
      ProfileFetchResult result,
      Map<BnetGuildId, GuildKey> trackedInRegion,
      Instant now) {
    CharacterKey key = character.key();
    if (result instanceof ProfileFetchResult.Found found) {
      CharacterProfile profile = found.profile();
      if (character.bnetCharacterId().isPresent()
          && !character.bnetCharacterId().get().equals(profile.id())) {
        return new CharacterChange.IdentityChanged(
            key, character.bnetCharacterId().get(), profile.id(), now);
      }
      GuildLink link = GuildLinkRule.link(profile.guild(), trackedInRegion);
      return new CharacterChange.Refreshed(key, profile, link, found.lastModified(), now);
    }
    if (result instanceof ProfileFetchResult.NotModified) {
      return new CharacterChange.Unchanged(key, now);
    }
    if (result instanceof ProfileFetchResult.NotFound) {
      return new CharacterChange.NotFound(key, now);
    }
    ProfileFetchResult.Failed failed = (ProfileFetchResult.Failed) result;
    int failures = character.failureCount() + 1;
    // The reason comes from any profile source: keep it storable and on one line.
    return new CharacterChange.Failed(
        key, Checks.storableReason(failed.reason()), failures, backoff.nextAttempt(now, failures));
  }
}
