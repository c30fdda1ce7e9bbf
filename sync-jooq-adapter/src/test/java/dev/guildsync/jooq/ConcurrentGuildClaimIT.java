package dev.guildsync.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.guild.TrackedGuild;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two store instances, three claimers each, claiming guilds at once never share one. */
class ConcurrentGuildClaimIT {
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void twoInstancesClaimingAtOnceNeverShareAGuild() throws Exception {
    JooqGuildStoreFixture fixture = JooqGuildStoreFixture.empty();
    fixture
        .sql()
        .execute(
            "insert into guilds (region, realm, name)"
                + " select 'eu', 'argent-dawn', 'Guild ' || g from generate_series(1, 600) g");
    List<JooqStore> instances =
        List.of(
            JooqStore.create(TestDatabase.dataSource()),
            JooqStore.create(TestDatabase.dataSource()));
    CyclicBarrier start = new CyclicBarrier(6);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<List<GuildKey>>> results = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        JooqStore store = instances.get(i % 2);
        Callable<List<GuildKey>> claimer =
            () -> {
              start.await();
              List<GuildKey> mine = new ArrayList<>();
              for (Claimed<TrackedGuild> b = GuildRosters.claim(store, T0);
                  !b.isEmpty();
                  b = GuildRosters.claim(store, T0)) {
                b.items().stream().map(TrackedGuild::key).forEach(mine::add);
              }
              return mine;
            };
        results.add(pool.submit(claimer));
      }
      List<GuildKey> all = new ArrayList<>();
      for (Future<List<GuildKey>> result : results) {
        all.addAll(result.get());
      }
      assertThat(all).hasSize(600).doesNotHaveDuplicates();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aGuildWithoutANameIsParkedNotHandedOut() {
    JooqGuildStoreFixture fixture = JooqGuildStoreFixture.empty();
    fixture.sql().execute("insert into guilds (region, bnet_guild_id) values ('eu', 7)");
    GuildKey named = fixture.addGuild(Region.EU, "argent-dawn", "Named");

    assertThat(GuildRosters.claim(fixture.store(), T0).items())
        .extracting(TrackedGuild::key)
        .containsExactly(named);
    assertThat(fixture.sql().fetchValue("select last_error from guilds where bnet_guild_id = 7"))
        .asString()
        .startsWith("invalid guild reference");
  }
}
