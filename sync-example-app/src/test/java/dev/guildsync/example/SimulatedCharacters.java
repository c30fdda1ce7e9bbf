package dev.guildsync.example;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.demo.EmbeddedDatabase;
import dev.guildsync.simulator.BattleNetSimulator;
import java.time.Instant;

/** Numbered level-80 characters on eu/argent-dawn in a simulator, for the process ITs. */
final class SimulatedCharacters {
  private SimulatedCharacters() {}

  /** Puts {@code prefix0} to {@code prefix(count-1)}, with Battle.net ids from {@code firstId}. */
  static void put(BattleNetSimulator simulator, String prefix, long firstId, int count) {
    for (int i = 0; i < count; i++) {
      simulator.putCharacter(
          Region.EU,
          CharacterProfile.newBuilder()
              .id(BnetCharacterId.of(firstId + i))
              .name(prefix + i)
              .realmSlug("argent-dawn")
              .realmName("Argent Dawn")
              .level(80)
              .characterClass("Mage")
              .race("Gnome")
              .build(),
          Instant.parse("2026-11-23T18:30:00Z"));
    }
  }

  /** The same characters as database rows, due for a sync, replacing every character row. */
  static void due(EmbeddedDatabase db, String prefix, int count) throws Exception {
    CharacterRows.execute(
        db,
        "CREATE TABLE IF NOT EXISTS sync_quota_buckets"
            + " (id BIGINT PRIMARY KEY, state BYTEA, expires_at BIGINT)",
        "TRUNCATE characters, character_claims, sync_leases, sync_quota_buckets RESTART IDENTITY"
            + " CASCADE",
        "INSERT INTO characters (region, realm, name) SELECT 'eu', 'argent-dawn', '"
            + prefix
            + "' || g FROM generate_series(0, "
            + (count - 1)
            + ") g");
  }
}
