package dev.guildsync.example;

import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.guild.GuildSyncReport;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The reports of a phase that did not run: all zero, so the JSON keeps every field. */
final class Reports {
  private Reports() {}

  static CharacterSyncReport noCharacters() {
    return new CharacterSyncReport(
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        List.of(),
        Map.of(),
        new CharacterSyncReport.RetentionCounts(0, 0, 0, 0),
        0,
        Duration.ZERO);
  }

  static GuildSyncReport noGuilds() {
    return new GuildSyncReport(
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of(), Map.of(), 0, Duration.ZERO);
  }
}
