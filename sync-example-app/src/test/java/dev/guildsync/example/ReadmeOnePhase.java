package dev.guildsync.example;

// readme:one-phase
import dev.guildsync.bnet.BattleNetClient;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.jooq.JooqStore;
import java.time.Duration;

// readme:end

/**
 * docs/concepts.md's wiring of the character phase alone, word for word: the lines between each
 * {@code readme:one-phase} and the next {@code readme:end} make the guide's block ({@link
 * ReadmeWiringTest} checks it; {@link ReadmeWiringIT} runs it). Edit them together.
 */
final class ReadmeOnePhase {
  private ReadmeOnePhase() {}

  // readme:one-phase
  static CharacterSyncReport syncCharacters(JooqStore store, BattleNetClient battleNet) {
    CharacterSyncService sync =
        CharacterSyncService.newBuilder()
            .characterStore(store)
            .guildLookup(store)
            .guildRegistry(store) // optional: tracked guilds follow their renames (G8)
            .profileSource(battleNet) // and statuses, since the client is a CharacterStatusPort
            .settings(CharacterSyncSettings.newBuilder().staleAfter(Duration.ofHours(6)).build())
            .build();
    return sync.run(); // per-character problems are in the report, not thrown
  }
  // readme:end
}
