package dev.guildsync.jooq;

import static dev.guildsync.jooq.GuildRosters.member;
import static dev.guildsync.jooq.generated.Tables.CHARACTERS;
import static dev.guildsync.jooq.generated.Tables.GUILD_MEMBERS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildSaveResult;
import dev.guildsync.core.guild.GuildSaveStatus;
import dev.guildsync.core.guild.RosterMember;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * G4 under real concurrency: a guild deleted while its roster is saved. Whatever the interleaving,
 * no foreign key error: either nothing of the roster is written (the guild was gone first) or all
 * of it was and the delete cascaded over it.
 */
class GuildRosterDeleteRaceIT {
  private static final int ITERATIONS = 100;
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void guildDeletesRacingWithRosterSavesNeverRaiseAForeignKeyError() throws Exception {
    JooqGuildStoreFixture fixture = JooqGuildStoreFixture.empty();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    int deletedFirst = 0;
    try {
      for (int i = 1; i <= ITERATIONS; i++) {
        GuildKey key = fixture.addGuild(Region.EU, GuildRosters.REALM, "The Long Watch");
        List<RosterMember> members = new ArrayList<>();
        for (int m = 0; m < 6; m++) {
          long id = 1_000L * i + m;
          if (m % 2 == 0) {
            fixture.addCharacter(
                new CharacterRef(Region.EU, GuildRosters.REALM, "Old" + id),
                Optional.of(BnetCharacterId.of(id)),
                Optional.empty(),
                Optional.empty());
          }
          members.add(member(id, "Old" + id, m));
        }
        GuildRosters.Decided decided = GuildRosters.decide(fixture.store(), key, T0, members);
        CyclicBarrier start = new CyclicBarrier(2);
        Future<GuildSaveResult> save =
            pool.submit(
                () -> {
                  start.await();
                  return fixture.store().saveGuild(decided.lease(), decided.change());
                });
        Future<?> delete =
            pool.submit(
                () -> {
                  start.await();
                  fixture.deleteGuild(key);
                  return null;
                });
        GuildSaveResult result = save.get(30, TimeUnit.SECONDS);
        delete.get(30, TimeUnit.SECONDS);

        assertThat(result.status()).isIn(GuildSaveStatus.WRITTEN, GuildSaveStatus.GUILD_DELETED);
        assertThat(fixture.sql().fetchCount(GUILD_MEMBERS, GUILD_MEMBERS.GUILD_ID.eq(key.value())))
            .isZero();
        assertThat(fixture.sql().fetchCount(CHARACTERS, CHARACTERS.GUILD_ID.eq(key.value())))
            .isZero();
        long created =
            fixture
                .sql()
                .fetchCount(
                    CHARACTERS, CHARACTERS.BNET_CHARACTER_ID.between(1_000L * i, 1_000L * i + 5));
        if (result.status() == GuildSaveStatus.GUILD_DELETED) {
          deletedFirst++;
          assertThat(created).as("nothing half-written").isEqualTo(3);
        } else {
          assertThat(created).isEqualTo(6);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(
        "guild roster delete race: %d iterations, guild gone before the save %d%n",
        ITERATIONS, deletedFirst);
  }
}
