package dev.guildsync.spring;

import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.guild.GuildSyncSettings;

/**
 * The phases' settings {@code guildsync.sync.*} describe, as the example app derives them from its
 * sync options: both phases get the same staleness, lease and per-run limit; guild rosters at most
 * 64 at once.
 */
final class SyncSettings {
  private static final int MAX_ROSTER_CONCURRENCY = 64;

  private SyncSettings() {}

  static CharacterSyncSettings characters(SyncProperties sync) {
    CharacterSyncSettings.Builder builder =
        CharacterSyncSettings.newBuilder()
            .staleAfter(sync.getStaleAfter())
            .retention(sync.getRetention())
            .activeWithin(sync.getActiveWithin())
            .idleStaleAfter(sync.getIdleStaleAfter())
            .concurrency(sync.getConcurrency())
            .lease(sync.getLease())
            .untrackedGuilds(sync.getUntrackedGuilds())
            .details(sync.getDetails());
    if (sync.getMaxCharacters() != null) {
      builder.maxCharactersPerRun(sync.getMaxCharacters());
    }
    return builder.build();
  }

  static GuildSyncSettings guilds(SyncProperties sync) {
    GuildSyncSettings.Builder builder =
        GuildSyncSettings.newBuilder()
            .staleAfter(sync.getStaleAfter())
            .concurrency(Math.min(sync.getConcurrency(), MAX_ROSTER_CONCURRENCY))
            .lease(sync.getLease());
    if (sync.getMaxCharacters() != null) {
      builder.maxGuildsPerRun(sync.getMaxCharacters());
    }
    return builder.build();
  }
}
