package dev.guildsync.testing.guild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.character.ProfileGuild;
import dev.guildsync.core.character.UntrackedGuildPolicy;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildSyncReport;
import dev.guildsync.testing.character.ScriptedProfileSource;
import dev.guildsync.testing.character.TestProfiles;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** G8 and G9: what the character sync does for the guild sync. */
class GuildRegistrationTest extends GuildSyncHarness {
  private final ScriptedProfileSource profiles = new ScriptedProfileSource();

  private CharacterSyncService characterSync(UntrackedGuildPolicy policy) {
    return CharacterSyncService.newBuilder()
        .guildLookup(world.guilds)
        .guildRegistry(world.registry)
        .characterStore(world.characters)
        .profileSource(profiles)
        .clock(clock)
        .settings(CharacterSyncSettings.newBuilder().untrackedGuilds(policy).build())
        .build();
  }

  private static CharacterProfile inGuild(CharacterRef ref, long id, String guild, String realm) {
    return TestProfiles.profile(ref, id)
        .guild(new ProfileGuild(BnetGuildId.of(LONG_WATCH), guild, realm))
        .build();
  }

  @Test
  void withReportAnUntrackedGuildIsOnlyReported() {
    CharacterRef aeron = new CharacterRef(Region.EU, REALM, "Ærøn");
    world.characters.add(aeron);
    profiles.script(aeron, FetchResult.found(inGuild(aeron, 1, "The Long Watch", REALM), null));

    CharacterSyncReport report = characterSync(UntrackedGuildPolicy.REPORT).run();

    assertThat(report.untrackedGuilds()).hasSize(1);
    assertThat(world.guilds.all()).isEmpty();
  }

  @Test
  void withRegisterTheGuildIsCreatedLinkedInTheSameRunAndDueForAGuildSync() {
    CharacterRef aeron = new CharacterRef(Region.EU, REALM, "Ærøn");
    CharacterKey key = world.characters.add(aeron);
    profiles.script(aeron, FetchResult.found(inGuild(aeron, 1, "The Long Watch", REALM), null));

    CharacterSyncReport report = characterSync(UntrackedGuildPolicy.REGISTER).run();

    GuildKey guild = world.guildsWithId(Region.EU, LONG_WATCH).get(0);
    assertThat(report.linked()).isEqualTo(1);
    assertThat(report.untrackedGuilds()).isEmpty();
    assertThat(world.characters.get(key).guild()).contains(guild);
    rosters.script(LONG_WATCH_REF, longWatch(eu(1, "Ærøn", 0)));
    assertThat(service().run().updated()).isEqualTo(1);
  }

  @Test
  void registerWithoutARegistryIsRefusedAtBuild() {
    assertThatThrownBy(
            () ->
                CharacterSyncService.newBuilder()
                    .guildLookup(world.guilds)
                    .characterStore(world.characters)
                    .profileSource(profiles)
                    .settings(
                        CharacterSyncSettings.newBuilder()
                            .untrackedGuilds(UntrackedGuildPolicy.REGISTER)
                            .build())
                    .build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void eightConcurrentCharacterSyncsMeetingTheSameUntrackedGuildCreateOneRow() throws Exception {
    List<CharacterSyncService> services = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      CharacterRef ref = new CharacterRef(Region.EU, REALM, "Member" + i);
      world.characters.add(ref);
      profiles.script(ref, FetchResult.found(inGuild(ref, 100 + i, "The Long Watch", REALM), null));
      services.add(characterSync(UntrackedGuildPolicy.REGISTER));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<CharacterSyncReport>> runs = new ArrayList<>();
      for (CharacterSyncService service : services) {
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  return service.run();
                }));
      }
      start.countDown();
      int linked = 0;
      for (Future<CharacterSyncReport> run : runs) {
        linked += run.get().linked();
      }
      assertThat(linked).isEqualTo(8);
    } finally {
      pool.shutdownNow();
    }
    assertThat(world.guildsWithId(Region.EU, LONG_WATCH)).hasSize(1);
    assertThat(world.guilds.all()).hasSize(1);
    GuildKey guild = world.guilds.all().get(0).key();
    assertThat(world.characters.all()).allSatisfy(c -> assertThat(c.guild()).contains(guild));
  }

  @Test
  void aGuildRenamedAtBattleNetIsFoundAgainByTheNextRosterRequest() {
    GuildKey guild = trackLongWatch();
    rosters.script(LONG_WATCH_REF, longWatch(eu(1, "Ærøn", 0)), FetchResult.notFound("HTTP 404"));
    service().run();
    CharacterRef aeron = new CharacterRef(Region.EU, REALM, "Ærøn");
    profiles.script(
        aeron, FetchResult.found(inGuild(aeron, 1, "The Short Watch", "silvermoon"), null));
    GuildRef renamed = new GuildRef(Region.EU, "silvermoon", "the-short-watch");
    rosters.script(
        renamed,
        FetchResult.found(
            TestRosters.roster(LONG_WATCH, "The Short Watch", "silvermoon", eu(1, "Ærøn", 0)),
            null));

    characterSync(UntrackedGuildPolicy.REPORT).run();
    GuildSyncReport report = runLater();

    assertThat(world.readGuild(guild).name()).isEqualTo("The Short Watch");
    assertThat(rosters.calls())
        .extracting(ScriptedRosterSource.Call::guild)
        .last()
        .isEqualTo(renamed);
    assertThat(report.notFound()).isZero();
    assertThat(world.readGuild(guild).available()).isTrue();
  }
}
