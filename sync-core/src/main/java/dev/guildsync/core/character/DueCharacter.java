package dev.guildsync.core.character;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.claim.SyncState;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailState;
import java.time.Instant;
import java.util.Map;
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
 * @param lastLogin the stored last login; empty when unknown. After a 304 it is the login the
 *     details are checked against (D2)
 * @param details the stored state of each detail the run syncs; a detail missing was never fetched.
 *     Empty when the run syncs no detail
 */
public record DueCharacter(
    CharacterKey key,
    CharacterRef ref,
    Optional<BnetCharacterId> bnetCharacterId,
    Optional<GuildKey> guild,
    SyncState state,
    boolean statusCheck,
    Optional<Instant> lastLogin,
    Map<CharacterDetail, DetailState> details) {
  /** Checks that no component is null; copies the details. */
  public DueCharacter {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(bnetCharacterId, "bnetCharacterId");
    Objects.requireNonNull(guild, "guild");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(lastLogin, "lastLogin");
    details = Map.copyOf(details);
  }

  /** A claimed character with no known last login and no stored detail. */
  public DueCharacter(
      CharacterKey key,
      CharacterRef ref,
      Optional<BnetCharacterId> bnetCharacterId,
      Optional<GuildKey> guild,
      SyncState state,
      boolean statusCheck) {
    this(key, ref, bnetCharacterId, guild, state, statusCheck, Optional.empty(), Map.of());
  }
}
