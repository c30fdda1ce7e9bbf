package dev.guildsync.testing.guild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.SyncAlreadyRunningException;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.SyncRunFailedException;
import dev.guildsync.core.character.ProfileGuild;
import dev.guildsync.core.guild.DuplicateGuild;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildSyncFailedException;
import dev.guildsync.core.guild.GuildSyncListener;
import dev.guildsync.core.guild.GuildSyncReport;
import dev.guildsync.core.guild.GuildSyncService;
import dev.guildsync.core.guild.GuildSyncSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** G1, G7 and how a guild run behaves: batches, failures, one run at a time. */
class GuildSyncServiceTest extends GuildSyncHarness {

  @Test
  void a404MakesTheGuildUnavailableKeepsMembersAndALaterRosterMakesItAvailable() {
    GuildKey guild = trackLongWatch();
    rosters.script(
        LONG_WATCH_REF,
        longWatch(eu(1, "Ærøn", 0)),
        FetchResult.notFound("HTTP 404"),
        longWatch(eu(1, "Ærøn", 0)));
    service().run();

    GuildSyncReport notFound = runLater();
    StoredGuild unavailable = world.readGuild(guild);
    GuildSyncReport tooSoon = runLater();
    clock.advance(Duration.ofDays(7));
    GuildSyncReport back = service().run();

    assertThat(notFound.notFound()).isEqualTo(1);
    assertThat(unavailable.available()).isFalse();
    assertThat(world.members(guild)).hasSize(1).allSatisfy(m -> assertThat(m.leftAt()).isEmpty());
    assertThat(tooSoon.guilds()).isZero();
    assertThat(back.updated()).isEqualTo(1);
    assertThat(world.readGuild(guild).available()).isTrue();
    assertThat(rosters.calls().get(2).lastModified())
        .as("an unavailable guild is fetched in full")
        .isEmpty();
  }

  @Test
  void a304MovesOnlyTheSyncTimeAndConfirmsNoLeave() {
    GuildKey guild = trackLongWatch();
    rosters.script(
        LONG_WATCH_REF,
        FetchResult.found(
            TestRosters.roster(
                LONG_WATCH, "The Long Watch", REALM, eu(1, "Ærøn", 0), eu(2, "Keniön", 1)),
            "Mon, 23 Nov 2026 10:00:00 GMT"),
        FetchResult.found(
            TestRosters.roster(LONG_WATCH, "The Long Watch", REALM, eu(1, "Ærøn", 0)),
            "Tue, 24 Nov 2026 10:00:00 GMT"),
        FetchResult.notModified());
    service().run();
    runLater();
    StoredGuild before = world.readGuild(guild);

    GuildSyncReport report = runLater();

    assertThat(report.unchanged()).isEqualTo(1);
    assertThat(memberOf(guild, 2).leftAt()).as("a 304 confirms nothing").isEmpty();
    assertThat(memberOf(guild, 2).missedRosters()).isEqualTo(1);
    StoredGuild after = world.readGuild(guild);
    assertThat(after.lastSyncedAt()).isNotEqualTo(before.lastSyncedAt());
    assertThat(after.lastModified()).isEqualTo(before.lastModified());
    assertThat(rosters.calls().get(2).lastModified()).contains("Tue, 24 Nov 2026 10:00:00 GMT");
  }

  @Test
  void aRosterNamingAnIdAnotherLocalGuildHoldsIsReportedNotAnError() {
    GuildKey holder =
        world
            .registry
            .registerGuilds(
                Region.EU, List.of(new ProfileGuild(BnetGuildId.of(LONG_WATCH), "Old Name", REALM)))
            .get(BnetGuildId.of(LONG_WATCH));
    GuildKey guild = trackLongWatch();
    rosters.script(new GuildRef(Region.EU, REALM, "old-name"), longWatch(eu(1, "Ærøn", 0)));
    rosters.script(LONG_WATCH_REF, longWatch(eu(1, "Ærøn", 0)));

    GuildSyncReport report = service().run();

    assertThat(report.duplicates()).isEqualTo(1);
    assertThat(report.duplicateGuilds())
        .containsExactly(new DuplicateGuild(guild, Region.EU, BnetGuildId.of(LONG_WATCH), holder));
    assertThat(world.members(guild)).isEmpty();
    assertThat(world.readGuild(guild).bnetGuildId()).isEmpty();
  }

  @Test
  void theSameRealmAndNameInEuAndUsAreTwoGuilds() {
    GuildKey eu = trackLongWatch();
    GuildKey us = world.addGuild(Region.US, REALM, "The Long Watch");
    rosters.script(LONG_WATCH_REF, longWatch(eu(1, "Ærøn", 0)));
    rosters.script(
        new GuildRef(Region.US, REALM, "the-long-watch"),
        FetchResult.found(
            TestRosters.roster(
                LONG_WATCH,
                "The Long Watch",
                REALM,
                TestRosters.member(Region.US, REALM, 1, "Ærøn", 0)),
            null));

    GuildSyncReport report = service().run();

    assertThat(report.updated()).isEqualTo(2);
    assertThat(report.duplicates()).isZero();
    assertThat(world.readGuild(eu).bnetGuildId()).isEqualTo(world.readGuild(us).bnetGuildId());
    assertThat(world.characterWithId(Region.US, 1).orElseThrow().guild()).contains(us);
    assertThat(world.characterWithId(Region.EU, 1).orElseThrow().guild()).contains(eu);
  }

  @Test
  void oneGuildsFailureNeverStopsTheRunAndIsBackedOff() {
    trackLongWatch();
    GuildKey other = world.addGuild(Region.EU, REALM, "Other");
    rosters.script(LONG_WATCH_REF, FetchResult.failed(true, "HTTP 503 after 4 attempts"));
    rosters.script(
        new GuildRef(Region.EU, REALM, "other"),
        FetchResult.found(TestRosters.roster(9, "Other", REALM, eu(5, "Five", 0)), null));

    GuildSyncReport report = service().run();
    GuildSyncReport again = service().run();

    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.updated()).isEqualTo(1);
    assertThat(report.failureReasons()).containsEntry("HTTP 503 after 4 attempts", 1);
    assertThat(world.members(other)).hasSize(1);
    assertThat(again.failed()).as("backed off").isZero();
  }

  @Test
  void batchesHoldOnlyBatchSizeGuildsAndTheLimitStopsTheRun() {
    for (int i = 0; i < 5; i++) {
      world.addGuild(Region.EU, REALM, "Guild " + i);
    }
    List<Integer> batchSizes = new ArrayList<>();
    GuildSyncService service =
        GuildSyncService.newBuilder()
            .guildStore(world.store)
            .rosterSource(rosters)
            .clock(clock)
            .settings(GuildSyncSettings.newBuilder().batchSize(2).maxGuildsPerRun(4).build())
            .listener(
                new GuildSyncListener() {
                  @Override
                  public void batchStarted(int batch, int guilds) {
                    batchSizes.add(guilds);
                  }
                })
            .build();

    GuildSyncReport report = service.run();

    assertThat(batchSizes).containsExactly(2, 2);
    assertThat(report.notFound()).isEqualTo(4);
    assertThat(report.batches()).isEqualTo(2);
  }

  @Test
  void aStoreFailureEndsTheRunWithThePartialReportAndReleasesTheBatch() {
    trackLongWatch();
    world.addGuild(Region.EU, REALM, "Other");
    rosters.script(LONG_WATCH_REF, longWatch(eu(1, "Ærøn", 0)));
    world.store.failNextSave(() -> new SyncException("database unreachable"));

    assertThatThrownBy(() -> service().run())
        .isInstanceOf(GuildSyncFailedException.class)
        .isInstanceOf(SyncRunFailedException.class)
        .hasMessageContaining("database unreachable")
        .satisfies(
            e -> assertThat(((GuildSyncFailedException) e).partialReport().guilds()).isZero());
    assertThat(service().run().guilds()).as("released, claimable at once").isEqualTo(2);
  }

  @Test
  void aSecondConcurrentRunIsRefused() throws Exception {
    GuildKey tracked = trackLongWatch();
    CountDownLatch inFetch = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    GuildSyncService service =
        GuildSyncService.newBuilder()
            .guildStore(world.store)
            .clock(clock)
            .rosterSource(
                (guild, lastModified) -> {
                  inFetch.countDown();
                  try {
                    release.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return FetchResult.notFound("HTTP 404");
                })
            .build();
    Thread first = new Thread(service::run);
    first.start();
    inFetch.await();

    assertThatThrownBy(service::run).isInstanceOf(SyncAlreadyRunningException.class);
    release.countDown();
    first.join();
    assertThat(world.readGuild(tracked).available()).isFalse();
  }

  @Test
  void aSourceThatThrowsOrAnswersNullFailsOnlyThatGuild() {
    trackLongWatch();
    GuildSyncService service =
        GuildSyncService.newBuilder()
            .guildStore(world.store)
            .clock(clock)
            .rosterSource(
                (guild, lastModified) -> {
                  throw new IllegalStateException("boom");
                })
            .build();

    GuildSyncReport report = service.run();

    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.failureReasons().keySet())
        .singleElement()
        .satisfies(r -> assertThat(r).contains("IllegalStateException: boom"));
    assertThat(Optional.of(report.duration())).isPresent();
  }
}
