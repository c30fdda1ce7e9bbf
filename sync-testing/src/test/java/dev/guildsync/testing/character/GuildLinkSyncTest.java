package dev.guildsync.testing.character;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.character.UntrackedGuild;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules 1 and 2 through the service: local keys, NULLs, regions, races, one lookup per region. */
class GuildLinkSyncTest extends SyncHarness {
  @Test
  void aTrackedBattleNetGuildLinksToItsLocalKey() {
    guilds.add(GuildKey.of(5), Region.EU, BnetGuildId.of(LONG_WATCH), "The Long Watch", "ad");
    CharacterKey aeron = store.add(eu("Ærøn"));
    profiles.script(
        eu("Ærøn"), FetchResult.found(TestProfiles.inGuild(eu("Ærøn"), 1, LONG_WATCH), null));

    CharacterSyncReport report = service().run();

    assertThat(store.get(aeron).guild()).contains(GuildKey.of(5));
    assertThat(report.updated()).isEqualTo(1);
    assertThat(report.linked()).isEqualTo(1);
    assertThat(report.untrackedGuilds()).isEmpty();
  }

  @Test
  void anUntrackedGuildIsNullAndReportedOnceWithItsCharacterCount() {
    guilds.add(GuildKey.of(5), Region.EU, BnetGuildId.of(1), "Other", "ad");
    List<CharacterKey> keys = new ArrayList<>();
    for (String name : List.of("Aa", "Bb", "Cc")) {
      keys.add(store.add(eu(name)));
      profiles.script(
          eu(name),
          FetchResult.found(
              TestProfiles.inGuild(eu(name), name.hashCode() & 0xffff, LONG_WATCH), null));
    }

    CharacterSyncReport report = service().run();

    keys.forEach(k -> assertThat(store.get(k).guild()).isEmpty());
    assertThat(report.untracked()).isEqualTo(3);
    assertThat(report.untrackedGuilds())
        .containsExactly(
            new UntrackedGuild(
                Region.EU, BnetGuildId.of(LONG_WATCH), "Guild " + LONG_WATCH, "argent-dawn", 3));
  }

  @Test
  void guildlessIsNullAlsoWhenTheCharacterWasLinkedBefore() {
    GuildKey guild = guilds.add(Region.EU, BnetGuildId.of(LONG_WATCH), "The Long Watch", "ad");
    CharacterKey aeron = previouslyLinked(eu("Ærøn"), 1, guild);
    profiles.script(eu("Ærøn"), FetchResult.found(TestProfiles.guildless(eu("Ærøn"), 1), null));

    CharacterSyncReport report = service().run();

    assertThat(store.get(aeron).guild()).isEmpty();
    assertThat(report.guildless()).isEqualTo(1);
  }

  @Test
  void aGuildChangeLinksToTheNewKey() {
    GuildKey old = guilds.add(Region.EU, BnetGuildId.of(LONG_WATCH), "The Long Watch", "ad");
    GuildKey next = guilds.add(Region.EU, BnetGuildId.of(42), "New Dawn", "ad");
    CharacterKey aeron = previouslyLinked(eu("Ærøn"), 1, old);
    profiles.script(eu("Ærøn"), FetchResult.found(TestProfiles.inGuild(eu("Ærøn"), 1, 42), null));

    service().run();

    assertThat(store.get(aeron).guild()).contains(next);
  }

  @Test
  void theSameBattleNetGuildIdInTwoRegionsLinksToTwoLocalGuilds() {
    GuildKey euGuild = guilds.add(Region.EU, BnetGuildId.of(LONG_WATCH), "The Long Watch", "ad");
    GuildKey usGuild =
        guilds.add(Region.US, BnetGuildId.of(LONG_WATCH), "Night Shift", "stormrage");
    CharacterKey inEu = store.add(eu("Ærøn"));
    CharacterKey inUs = store.add(us("Keniön"));
    profiles.script(
        eu("Ærøn"), FetchResult.found(TestProfiles.inGuild(eu("Ærøn"), 1, LONG_WATCH), null));
    profiles.script(
        us("Keniön"), FetchResult.found(TestProfiles.inGuild(us("Keniön"), 1, LONG_WATCH), null));

    service().run();

    assertThat(store.get(inEu).guild()).contains(euGuild);
    assertThat(store.get(inUs).guild()).contains(usGuild);
    assertThat(euGuild).isNotEqualTo(usGuild);
  }

  @Test
  void aGuildDeletedBetweenLookupAndSaveIsWrittenAsNullWithoutError() {
    GuildKey guild = guilds.add(Region.EU, BnetGuildId.of(LONG_WATCH), "The Long Watch", "ad");
    CharacterKey aeron = store.add(eu("Ærøn"));
    profiles.script(
        eu("Ærøn"), FetchResult.found(TestProfiles.inGuild(eu("Ærøn"), 1, LONG_WATCH), null));
    CharacterSyncService service =
        CharacterSyncService.newBuilder()
            .guildLookup(
                (region, ids) -> {
                  Map<BnetGuildId, GuildKey> found = guilds.findGuildKeys(region, ids);
                  guilds.delete(guild);
                  return found;
                })
            .characterStore(store)
            .profileSource(profiles)
            .clock(clock)
            .build();

    CharacterSyncReport report = service.run();

    assertThat(store.get(aeron).guild()).isEmpty();
    assertThat(store.get(aeron).level()).contains(80);
    assertThat(report.guildLinksDropped()).isEqualTo(1);
    assertThat(report.linked()).isZero();
    assertThat(report.untracked()).isEqualTo(1);
  }

  @Test
  void exactlyOneGuildLookupPerRegionPerBatch() {
    for (int i = 0; i < 30; i++) {
      CharacterRef ref = i % 2 == 0 ? eu("Char" + i) : us("Char" + i);
      store.add(ref);
      profiles.script(
          ref, FetchResult.found(TestProfiles.inGuild(ref, 100 + i, 1000 + i % 5), null));
    }

    CharacterSyncReport report =
        service(CharacterSyncSettings.newBuilder().batchSize(10).build()).run();

    assertThat(report.batches()).isEqualTo(3);
    assertThat(guilds.lookupCalls(Region.EU)).isEqualTo(3);
    assertThat(guilds.lookupCalls(Region.US)).isEqualTo(3);
    assertThat(guilds.lookupCalls()).isEqualTo(6);
  }

  @Test
  void aBatchWithoutGuildsLooksNothingUp() {
    store.add(eu("Solo"));
    profiles.script(eu("Solo"), FetchResult.found(TestProfiles.guildless(eu("Solo"), 1), null));

    service().run();

    assertThat(guilds.lookupCalls()).isZero();
  }
}
