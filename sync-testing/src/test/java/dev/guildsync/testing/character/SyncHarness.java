package dev.guildsync.testing.character;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Faction;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfilePort;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterEach;

/** The world every service test runs in: the in-memory ports, a fixed clock, helpers. */
abstract class SyncHarness {
  static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  static final long LONG_WATCH = 115248327L;
  static final String LAST_MODIFIED = "Mon, 23 Nov 2026 10:00:00 GMT";

  final MutableClock clock = new MutableClock(T0);
  final InMemoryGuilds guilds = new InMemoryGuilds();
  final InMemoryCharacterStore store = new InMemoryCharacterStore(guilds);
  final ScriptedProfileSource profiles = new ScriptedProfileSource();
  final List<ExecutorService> pools = new ArrayList<>();

  @AfterEach
  void shutDownPools() {
    pools.forEach(ExecutorService::shutdownNow);
  }

  static CharacterRef eu(String name) {
    return new CharacterRef(Region.EU, "argent-dawn", name);
  }

  static CharacterRef us(String name) {
    return new CharacterRef(Region.US, "stormrage", name);
  }

  CharacterSyncService service() {
    return service(CharacterSyncSettings.defaults());
  }

  CharacterSyncService service(CharacterSyncSettings settings) {
    return service(settings, profiles);
  }

  CharacterSyncService service(CharacterSyncSettings settings, CharacterProfilePort source) {
    return CharacterSyncService.newBuilder()
        .guildLookup(guilds)
        .characterStore(store)
        .profileSource(source)
        .clock(clock)
        .settings(settings)
        .build();
  }

  /** A character that was synced and linked before, as a store would hold it. */
  CharacterKey previouslyLinked(CharacterRef ref, long bnetId, GuildKey guild) {
    CharacterKey key = store.add(ref);
    StoredCharacter fresh = store.get(key);
    store.put(
        new StoredCharacter(
            key,
            ref,
            Optional.of(BnetCharacterId.of(bnetId)),
            Optional.of(guild),
            Optional.of(70),
            Optional.of("Paladin"),
            Optional.of("Dwarf"),
            Optional.of(Faction.ALLIANCE),
            Optional.of("Holy"),
            Optional.of(9000L),
            Optional.of(500),
            Optional.of(498),
            // Logged in recently: active, so the default stale-after applies, not the idle one.
            Optional.of(T0.minus(Duration.ofDays(2))),
            true,
            Optional.of(T0.minus(Duration.ofDays(1))),
            Optional.of(LAST_MODIFIED),
            0,
            Optional.empty(),
            Optional.empty()));
    assertThat(fresh.lastSyncedAt()).isEmpty();
    return key;
  }
}
