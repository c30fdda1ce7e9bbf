package dev.guildsync.core.character;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.claim.SyncState;
import java.util.Objects;
import java.util.Optional;

/**
 * A character claimed for a sync: what the store knows that the rules need.
 *
 * @param key the local key
 * @param ref region, realm slug and name to fetch
 * @param bnetCharacterId the Battle.net id recorded by an earlier sync; empty before the first one
 * @param guild the local guild the character is linked to now; empty when none
 * @param state its sync state: available (false after a 404 or an identity change), the last
 *     completed check, the stored {@code Last-Modified}, consecutive failures
 * @param statusCheck true when only its status is due (Blizzard's retention rule): the sync asks
 *     the status endpoint instead of fetching the profile
 */
public record DueCharacter(
    CharacterKey key,
    CharacterRef ref,
    Optional<BnetCharacterId> bnetCharacterId,
    Optional<GuildKey> guild,
    SyncState state,
    boolean statusCheck) {
  /** Checks that no component is null. */
  public DueCharacter {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(bnetCharacterId, "bnetCharacterId");
    Objects.requireNonNull(guild, "guild");
    Objects.requireNonNull(state, "state");
  }
}
