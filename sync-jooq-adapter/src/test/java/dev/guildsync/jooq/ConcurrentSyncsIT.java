package dev.guildsync.jooq;

import static dev.guildsync.jooq.generated.Tables.CHARACTERS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.character.ProfileGuild;
import dev.guildsync.core.character.UntrackedGuildPolicy;
import dev.guildsync.core.guild.GuildSyncReport;
import dev.guildsync.core.guild.GuildSyncService;
import dev.guildsync.core.guild.RosterMember;
import dev.guildsync.testing.character.ScriptedProfileSource;
import dev.guildsync.testing.character.TestProfiles;
import dev.guildsync.testing.guild.ScriptedRosterSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The character sync and the guild sync at once on PostgreSQL: overlapping characters end without
 * deadlock, error or lost update, the fresher source deciding each link (G4); and with REGISTER,
 * concurrent character syncs meeting one untracked guild make one row (G9).
 */
class ConcurrentSyncsIT {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
  private static final int MEMBERS = 200;

  @Test
  void theCharacterAndGuildSyncsOnTheSameCharactersDeadlockNeverAndTheNewerProfileWins()
      throws Exception {
    for (int round = 0; round < 5; round++) {
      JooqGuildStoreFixture fixture = JooqGuildStoreFixture.empty();
      GuildKey watch = fixture.addGuild(Region.EU, GuildRosters.REALM, "The Long Watch");
      GuildKey other =
          fixture
              .registry()
              .registerGuilds(
                  Region.EU,
                  List.of(new ProfileGuild(BnetGuildId.of(42), "Guild 42", GuildRosters.REALM)))
              .get(BnetGuildId.of(42));
      ScriptedProfileSource profiles = new ScriptedProfileSource();
      List<RosterMember> members = new ArrayList<>();
      for (int i = 1; i <= MEMBERS; i++) {
        CharacterRef ref = new CharacterRef(Region.EU, GuildRosters.REALM, "Member" + i);
        fixture.addCharacter(
            ref, Optional.of(BnetCharacterId.of(i)), Optional.empty(), Optional.empty());
        profiles.script(
            ref, FetchResult.found(TestProfiles.inGuild(ref, i, 42), "Tue, 24 Nov 2026"));
        members.add(GuildRosters.member(i, "Member" + i, i % 10));
      }
      CharacterSyncService characters =
          CharacterSyncService.newBuilder()
              .characterStore(fixture.characterStore())
              .guildLookup(fixture.characterStore())
              .profileSource(profiles)
              .clock(CLOCK)
              .settings(CharacterSyncSettings.newBuilder().batchSize(20).build())
              .build();
      GuildSyncService guilds =
          GuildSyncService.newBuilder()
              .guildStore(fixture.store())
              .rosterSource(
                  new ScriptedRosterSource()
                      .script(GuildRosters.LONG_WATCH, GuildRosters.found(members)))
              .clock(CLOCK)
              .build();

      // A claim skips characters that a concurrent roster save is writing (SKIP LOCKED): they are
      // due for the next run, so the character side runs until every character was synced.
      Callable<Object> untilSynced =
          () -> {
            int failed = 0;
            for (int run = 0; run < 50 && unsynced(fixture) > 0; run++) {
              failed += characters.run().failed();
            }
            return failed;
          };
      List<Object> reports = runAtOnce(List.of(untilSynced, guilds::run));

      assertThat(reports.get(0)).isEqualTo(0);
      assertThat(unsynced(fixture)).isZero();
      assertThat(((GuildSyncReport) reports.get(1)).updated()).isEqualTo(1);
      Map<Long, Long> links =
          fixture
              .sql()
              .select(CHARACTERS.ID, CHARACTERS.GUILD_ID)
              .from(CHARACTERS)
              .fetchMap(CHARACTERS.ID, CHARACTERS.GUILD_ID);
      assertThat(links).hasSize(MEMBERS);
      assertThat(links.values()).as("profiles newer than the roster").containsOnly(other.value());
      assertThat(fixture.members(watch)).hasSize(MEMBERS);
    }
  }

  @Test
  void eightCharacterSyncsMeetingOneUntrackedGuildRegisterOneRow() throws Exception {
    JooqGuildStoreFixture fixture = JooqGuildStoreFixture.empty();
    ScriptedProfileSource profiles = new ScriptedProfileSource().delay(Duration.ofMillis(20));
    for (int i = 1; i <= 80; i++) {
      CharacterRef ref = new CharacterRef(Region.EU, GuildRosters.REALM, "Char" + i);
      fixture.addCharacter(
          ref, Optional.of(BnetCharacterId.of(i)), Optional.empty(), Optional.empty());
      profiles.script(
          ref, FetchResult.found(TestProfiles.inGuild(ref, i, 777), "Tue, 24 Nov 2026"));
    }
    List<Callable<Object>> runs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      CharacterSyncService sync =
          CharacterSyncService.newBuilder()
              .characterStore(fixture.characterStore())
              .guildLookup(fixture.characterStore())
              .guildRegistry(fixture.registry())
              .profileSource(profiles)
              .clock(CLOCK)
              .settings(
                  CharacterSyncSettings.newBuilder()
                      .batchSize(10)
                      .maxCharactersPerRun(10)
                      .untrackedGuilds(UntrackedGuildPolicy.REGISTER)
                      .build())
              .build();
      runs.add(sync::run);
    }

    runAtOnce(runs);

    List<GuildKey> rows = fixture.guildsWithId(Region.EU, 777);
    assertThat(rows).hasSize(1);
    assertThat(fixture.sql().fetchCount(CHARACTERS, CHARACTERS.GUILD_ID.eq(rows.get(0).value())))
        .isEqualTo(80);
  }

  private static int unsynced(JooqGuildStoreFixture fixture) {
    return fixture.sql().fetchCount(CHARACTERS, CHARACTERS.LAST_SYNCED_AT.isNull());
  }

  private static List<Object> runAtOnce(List<Callable<Object>> runs) throws Exception {
    CyclicBarrier start = new CyclicBarrier(runs.size());
    ExecutorService pool = Executors.newFixedThreadPool(runs.size());
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (Callable<Object> run : runs) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return run.call();
                }));
      }
      List<Object> results = new ArrayList<>();
      for (Future<Object> f : futures) {
        results.add(f.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
