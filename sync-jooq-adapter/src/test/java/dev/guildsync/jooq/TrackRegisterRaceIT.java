package dev.guildsync.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.ProfileGuild;
import dev.guildsync.core.guild.GuildRef;
import dev.guildsync.core.guild.GuildSlug;
import dev.guildsync.core.guild.GuildSyncReport;
import dev.guildsync.core.guild.GuildSyncService;
import dev.guildsync.testing.MutableClock;
import dev.guildsync.testing.guild.ScriptedRosterSource;
import dev.guildsync.testing.guild.TestRosters;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * A guild tracked by name (a user) and registered by id (a profile, G9) at the same moment, on
 * PostgreSQL, from two connections released together: one row each time, so the next guild sync
 * finds no G1 duplicate.
 */
class TrackRegisterRaceIT {
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  private static final String REALM = "argent-dawn";
  private static final int GUILDS = 30;

  @Test
  void trackAndRegisterAtOnceMakeOneRowAndTheNextSyncFindsNoDuplicate() throws Exception {
    JooqGuildStoreFixture fixture = JooqGuildStoreFixture.empty();
    JooqStore store = fixture.store();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Set<GuildKey> keys = new HashSet<>();
    ScriptedRosterSource rosters = new ScriptedRosterSource();
    try {
      for (int i = 0; i < GUILDS; i++) {
        String name = "Guild " + i;
        ProfileGuild profiled = new ProfileGuild(BnetGuildId.of(5000 + i), name, REALM);
        CyclicBarrier together = new CyclicBarrier(2);
        var tracked =
            CompletableFuture.supplyAsync(
                () -> {
                  await(together);
                  return store.trackGuild(Region.EU, REALM, name);
                },
                pool);
        var registered =
            CompletableFuture.supplyAsync(
                () -> {
                  await(together);
                  return store.registerGuilds(Region.EU, List.of(profiled));
                },
                pool);
        GuildKey key = tracked.get();
        assertThat(registered.get().get(profiled.bnetGuildId())).as(name).isEqualTo(key);
        keys.add(key);
        rosters.script(
            new GuildRef(Region.EU, REALM, GuildSlug.fromName(name)),
            FetchResult.found(
                TestRosters.roster(
                    5000 + i,
                    name,
                    REALM,
                    TestRosters.member(Region.EU, REALM, 9000 + i, "Member" + i, 0)),
                null));
      }
    } finally {
      pool.shutdownNow();
    }

    GuildSyncReport next =
        GuildSyncService.newBuilder()
            .guildStore(store)
            .rosterSource(rosters)
            .clock(new MutableClock(T0))
            .build()
            .run();

    assertThat(keys).hasSize(GUILDS);
    assertThat(fixture.sql().fetchCount(fixture.sql().selectFrom("guilds"))).isEqualTo(GUILDS);
    assertThat(next.duplicates()).isZero();
    assertThat(next.failed()).isZero();
    assertThat(next.duplicateGuilds()).isEmpty();
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
