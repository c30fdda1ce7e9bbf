package dev.guildsync.core;

import java.util.Set;

/**
 * What a store did with a batch beyond writing it as asked.
 *
 * @param guildLinksDropped characters whose {@link GuildLink.Linked} guild no longer existed at
 *     write time and were written with {@code guild_id} NULL instead
 * @param leaseLost characters not written at all because the batch's lease no longer held them
 */
public record SaveResult(Set<CharacterKey> guildLinksDropped, Set<CharacterKey> leaseLost) {
  public SaveResult {
    guildLinksDropped = Set.copyOf(guildLinksDropped);
    leaseLost = Set.copyOf(leaseLost);
  }

  /** Everything was written as asked. */
  public static SaveResult clean() {
    return new SaveResult(Set.of(), Set.of());
  }
}
