package dev.guildsync.core.character;

import dev.guildsync.core.CharacterKey;
import java.util.Map;
import java.util.Set;

/**
 * What a store did with a batch beyond writing it as asked.
 *
 * @param guildLinksDropped characters whose {@link GuildLink.Linked} guild no longer existed at
 *     write time and were written with {@code guild_id} NULL instead
 * @param leaseLost characters not written at all because the batch's lease no longer held them
 * @param parked characters whose change the store could not write because of its data, with the
 *     reason; they were parked (failure counted, reason stored, not due for a while) instead
 */
public record CharacterSaveResult(
    Set<CharacterKey> guildLinksDropped,
    Set<CharacterKey> leaseLost,
    Map<CharacterKey, String> parked) {
  /** Copies the collections, so the result is immutable. */
  public CharacterSaveResult {
    guildLinksDropped = Set.copyOf(guildLinksDropped);
    leaseLost = Set.copyOf(leaseLost);
    parked = Map.copyOf(parked);
  }

  /** A result with nothing parked. */
  public CharacterSaveResult(Set<CharacterKey> guildLinksDropped, Set<CharacterKey> leaseLost) {
    this(guildLinksDropped, leaseLost, Map.of());
  }

  /** Everything was written as asked. */
  public static CharacterSaveResult clean() {
    return new CharacterSaveResult(Set.of(), Set.of(), Map.of());
  }
}
