package dev.guildsync.jooq;

import static dev.guildsync.jooq.Changes.T0;
import static dev.guildsync.jooq.Changes.eu;
import static dev.guildsync.jooq.generated.Tables.GUILDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.CharacterChange;
import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.ClaimedBatch;
import dev.guildsync.core.DueQuery;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.SaveResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Rule 2 under real concurrency: guilds deleted while a save links characters to them. Whatever the
 * interleaving, the save succeeds, every character ends linked to its guild if that guild still
 * exists and NULL if not, and a link the save dropped is reported.
 */
class GuildDeleteRaceIT {
  private static final int ITERATIONS = 300;
  private static final int CHARACTERS_PER_GUILD = 4;

  @Test
  void guildDeletesRacingWithSavesNeverRaiseAForeignKeyError() throws Exception {
    JooqStoreFixture fixture = JooqStoreFixture.empty();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    int droppedReported = 0;
    int deletedAfterWrite = 0;
    try {
      for (int i = 1; i <= ITERATIONS; i++) {
        GuildKey doomed = fixture.addGuild(2L * i, Region.EU, 2L * i);
        GuildKey kept = fixture.addGuild(2L * i + 1, Region.EU, 2L * i + 1);
        List<CharacterChange> changes = new ArrayList<>();
        List<CharacterKey> doomedMembers = new ArrayList<>();
        List<CharacterKey> keptMembers = new ArrayList<>();
        for (int c = 0; c < CHARACTERS_PER_GUILD; c++) {
          CharacterKey d = fixture.addCharacter(eu("D" + i + "x" + c));
          CharacterKey k = fixture.addCharacter(eu("K" + i + "x" + c));
          doomedMembers.add(d);
          keptMembers.add(k);
          changes.add(Changes.linked(d, eu("D" + i + "x" + c), 2L * i, doomed));
          changes.add(Changes.linked(k, eu("K" + i + "x" + c), 2L * i + 1, kept));
        }
        // Only this iteration's characters were never synced, so only they are due at T0.
        ClaimedBatch batch =
            fixture.store().claimDue(new DueQuery(T0, T0, T0, 100, Duration.ofMinutes(10)));
        assertThat(batch.characters()).hasSize(2 * CHARACTERS_PER_GUILD);

        CyclicBarrier start = new CyclicBarrier(2);
        Future<SaveResult> save =
            pool.submit(
                () -> {
                  start.await();
                  return fixture.store().save(batch.lease(), changes);
                });
        Future<Integer> delete =
            pool.submit(
                () -> {
                  start.await();
                  return fixture
                      .sql()
                      .deleteFrom(GUILDS)
                      .where(GUILDS.ID.eq(doomed.value()))
                      .execute();
                });

        SaveResult result = save.get(30, TimeUnit.SECONDS);
        assertThat(delete.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(result.leaseLost()).isEmpty();
        assertThat(result.guildLinksDropped()).isIn(Set.of(), Set.copyOf(doomedMembers));
        for (CharacterKey d : doomedMembers) {
          assertThat(fixture.read(d).guild()).isEmpty();
          assertThat(fixture.read(d).level()).contains(80);
        }
        for (CharacterKey k : keptMembers) {
          assertThat(fixture.read(k).guild()).contains(kept);
        }
        if (result.guildLinksDropped().isEmpty()) {
          deletedAfterWrite++;
        } else {
          droppedReported++;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(
        "guild delete race: %d iterations, link dropped and reported %d, deleted after the write"
            + " (ON DELETE SET NULL) %d%n",
        ITERATIONS, droppedReported, deletedAfterWrite);
  }
}
