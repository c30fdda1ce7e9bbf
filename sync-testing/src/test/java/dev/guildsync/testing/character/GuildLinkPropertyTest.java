package dev.guildsync.testing.character;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterSaveResult;
import dev.guildsync.core.character.CharacterStorePort;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.character.GuildLink;
import dev.guildsync.core.character.GuildLookupPort;
import dev.guildsync.core.claim.Lease;
import dev.guildsync.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over random worlds (regions, tracked and untracked guilds sharing Battle.net ids across regions,
 * guilds deleted mid-run, every kind of fetch result): no saved change ever carries a guild key
 * that the lookup did not return for that character's region and Battle.net guild id, and no stored
 * row points at a guild that does not exist.
 */
class GuildLinkPropertyTest {
  private static final Region[] REGIONS = {Region.EU, Region.US, Region.KR};

  static List<Long> seeds() {
    List<Long> seeds = new ArrayList<>();
    for (long seed = 1; seed <= 200; seed++) {
      seeds.add(seed * 7919);
    }
    return seeds;
  }

  private record Answer(Region region, BnetGuildId id, GuildKey key) {}

  @ParameterizedTest
  @MethodSource("seeds")
  void savedGuildKeysOnlyComeFromTheLookupForTheSameRegionAndId(long seed) {
    Random random = new Random(seed);
    InMemoryGuilds guilds = new InMemoryGuilds();
    InMemoryCharacterStore store = new InMemoryCharacterStore(guilds);
    ScriptedProfileSource profiles = new ScriptedProfileSource();
    long guildIdPool = 2 + random.nextInt(8);
    for (Region region : REGIONS) {
      for (long id = 1; id <= guildIdPool; id++) {
        if (random.nextBoolean()) {
          guilds.add(region, BnetGuildId.of(id), "G" + id, "realm");
        }
      }
    }
    Map<CharacterKey, CharacterRef> refs = new HashMap<>();
    int characters = 1 + random.nextInt(60);
    for (int i = 0; i < characters; i++) {
      CharacterRef ref =
          new CharacterRef(REGIONS[random.nextInt(REGIONS.length)], "realm", "C" + i);
      refs.put(store.add(ref), ref);
      profiles.script(
          ref, randomResult(random, ref, guildIdPool), randomResult(random, ref, guildIdPool));
    }

    Set<Answer> answers = ConcurrentHashMap.newKeySet();
    GuildLookupPort recordingLookup =
        (region, ids) -> {
          Map<BnetGuildId, GuildKey> found = guilds.findGuildKeys(region, ids);
          found.forEach((id, key) -> answers.add(new Answer(region, id, key)));
          if (random.nextInt(4) == 0 && !found.isEmpty()) {
            guilds.delete(found.values().iterator().next());
          }
          return found;
        };
    List<CharacterChange> saved = new ArrayList<>();
    CharacterStorePort recordingStore =
        new ForwardingCharacterStore(store) {
          @Override
          public CharacterSaveResult saveCharacters(Lease lease, List<CharacterChange> changes) {
            saved.addAll(changes);
            return super.saveCharacters(lease, changes);
          }
        };
    MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    CharacterSyncService service =
        CharacterSyncService.newBuilder()
            .guildLookup(recordingLookup)
            .characterStore(recordingStore)
            .profileSource(profiles)
            .clock(clock)
            .settings(
                CharacterSyncSettings.newBuilder()
                    .batchSize(1 + random.nextInt(20))
                    .concurrency(1 + random.nextInt(4))
                    .staleAfter(Duration.ZERO)
                    .failureBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1))
                    .build())
            .build();

    service.run();
    clock.advance(Duration.ofMinutes(1));
    service.run();

    for (CharacterChange change : saved) {
      if (change instanceof CharacterChange.Refreshed refreshed
          && refreshed.link() instanceof GuildLink.Linked linked) {
        Region region = refs.get(change.key()).region();
        BnetGuildId named = refreshed.profile().guild().orElseThrow().bnetGuildId();
        assertThat(answers).contains(new Answer(region, named, linked.key()));
      }
    }
    for (StoredCharacter row : store.all()) {
      row.guild().ifPresent(key -> assertThat(guilds.exists(key)).isTrue());
      row.guild()
          .ifPresent(
              key ->
                  assertThat(answers)
                      .as("an external id is never written as a local key")
                      .anySatisfy(
                          a -> {
                            assertThat(a.key()).isEqualTo(key);
                            assertThat(a.region()).isEqualTo(row.ref().region());
                          }));
    }
  }

  private static FetchResult<CharacterProfile> randomResult(
      Random random, CharacterRef ref, long guildIdPool) {
    long bnetId = 1000 + random.nextInt(3);
    return switch (random.nextInt(7)) {
      case 0 -> FetchResult.notFound("HTTP 404");
      case 1 -> FetchResult.failed(random.nextBoolean(), "HTTP 503");
      case 2 -> FetchResult.notModified();
      case 3 -> FetchResult.found(TestProfiles.guildless(ref, bnetId), null);
      default ->
          FetchResult.found(
              TestProfiles.inGuild(ref, bnetId, 1 + random.nextInt((int) guildIdPool + 2)),
              "Mon, 23 Nov 2026 10:00:00 GMT");
    };
  }
}
