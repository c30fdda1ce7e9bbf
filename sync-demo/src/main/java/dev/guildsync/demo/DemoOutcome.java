package dev.guildsync.demo;

import dev.guildsync.bnet.BattleNetClient.RequestStats;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.guild.GuildSyncReport;
import java.util.Objects;
import java.util.Optional;

/**
 * What one of the demo's sync runs did, for its {@link SummaryPrinter}.
 *
 * @param guilds the guild phase's report, empty when that phase did not run
 * @param characters the character phase's report, empty when that phase did not run
 * @param requests the Battle.net requests the run sent, retried and saw throttled
 */
public record DemoOutcome(
    Optional<GuildSyncReport> guilds,
    Optional<CharacterSyncReport> characters,
    RequestStats requests) {
  /** Checks that no part is null. */
  public DemoOutcome {
    Objects.requireNonNull(guilds, "guilds");
    Objects.requireNonNull(characters, "characters");
    Objects.requireNonNull(requests, "requests");
  }
}
