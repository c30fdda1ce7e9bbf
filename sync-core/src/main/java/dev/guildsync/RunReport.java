package dev.guildsync;

import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.guild.GuildSyncReport;
import java.util.Objects;
import java.util.Optional;

/**
 * What one {@link GuildSync} run did. Immutable.
 *
 * @param guilds the guild phase's report; empty when that phase was not selected
 * @param characters the character phase's report; empty when that phase was not selected
 * @param requests the Battle.net requests made while the run ran ({@link RequestCounts#NONE} when
 *     the source counts nothing); requests others made through the same source at the same time are
 *     in it too
 */
public record RunReport(
    Optional<GuildSyncReport> guilds,
    Optional<CharacterSyncReport> characters,
    RequestCounts requests) {

  /**
   * Checks that no part is null.
   *
   * @throws NullPointerException when a part is null
   */
  public RunReport {
    Objects.requireNonNull(guilds, "guilds");
    Objects.requireNonNull(characters, "characters");
    Objects.requireNonNull(requests, "requests");
  }
}
