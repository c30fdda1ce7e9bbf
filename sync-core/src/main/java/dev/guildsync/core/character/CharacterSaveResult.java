package dev.guildsync.core.character;

import dev.guildsync.core.CharacterKey;
import java.util.Set;

/**
 * What a store did with a batch beyond writing it as asked.
 *
 * @param guildLinksDropped characters whose {@link GuildLink.Linked} guild no longer existed at
 *     write time and were written with {@code guild_id} NULL instead
 * @param leaseLost characters not written at all because the batch's lease no longer held them
 */
public record CharacterSaveResult(
    Set<CharacterKey> guildLinksDropped, Set<CharacterKey> leaseLost) {
  public CharacterSaveResult {
    guildLinksDropped = Set.copyOf(guildLinksDropped);
    leaseLost = Set.copyOf(leaseLost);
  }

  /** Everything was written as asked. */
  public static CharacterSaveResult clean() {
    return new CharacterSaveResult(Set.of(), Set.of());
  }
}
