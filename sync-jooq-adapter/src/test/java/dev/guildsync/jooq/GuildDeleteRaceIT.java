package dev.guildsync.jooq;

import static dev.guildsync.jooq.Changes.T0;
import static dev.guildsync.jooq.Changes.eu;
import static dev.guildsync.jooq.generated.Tables.CHARACTERS;
import static dev.guildsync.jooq.generated.Tables.GUILDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.GuildKey;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterSaveResult;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jooq.Record2;
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
        for (Record2<Long, String> c : addCharacters(fixture, i)) {
          CharacterKey key = CharacterKey.of(c.value1());
          boolean toDoomed = c.value2().startsWith("D");
          (toDoomed ? doomedMembers : keptMembers).add(key);
          changes.add(
              Changes.linked(
                  key, eu(c.value2()), toDoomed ? 2L * i : 2L * i + 1, toDoomed ? doomed : kept));
        }
        // Only this iteration's characters were never synced, so only they are due at T0.
        Claimed<DueCharacter> batch =
            fixture
                .store()
                .claimDueCharacters(new DueQuery(T0, T0, T0, 100, Duration.ofMinutes(10)));
        assertThat(batch.items()).hasSize(2 * CHARACTERS_PER_GUILD);

        CyclicBarrier start = new CyclicBarrier(2);
        Future<CharacterSaveResult> save =
            pool.submit(
                () -> {
                  start.await();
                  return fixture.store().saveCharacters(batch.lease(), changes);
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

        CharacterSaveResult result = save.get(30, TimeUnit.SECONDS);
        assertThat(delete.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(result.leaseLost()).isEmpty();
        assertThat(result.guildLinksDropped()).isIn(Set.of(), Set.copyOf(doomedMembers));
        Map<Long, Long> links =
            fixture
                .sql()
                .select(CHARACTERS.ID, CHARACTERS.GUILD_ID)
                .from(CHARACTERS)
                .where(
                    CHARACTERS.ID.in(
                        Stream.concat(doomedMembers.stream(), keptMembers.stream())
                            .map(CharacterKey::value)
                            .toList()))
                .fetchMap(CHARACTERS.ID, CHARACTERS.GUILD_ID);
        for (CharacterKey d : doomedMembers) {
          assertThat(links.get(d.value())).as("character of the deleted guild").isNull();
        }
        for (CharacterKey k : keptMembers) {
          assertThat(links.get(k.value()))
              .as("character of the kept guild")
              .isEqualTo(kept.value());
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

  /**
   * Inserts this iteration's characters in one statement: D* for the doomed guild, K* for the kept.
   */
  private static List<Record2<Long, String>> addCharacters(
      JooqStoreFixture fixture, int iteration) {
    var insert =
        fixture.sql().insertInto(CHARACTERS, CHARACTERS.REGION, CHARACTERS.REALM, CHARACTERS.NAME);
    for (int c = 0; c < CHARACTERS_PER_GUILD; c++) {
      insert = insert.values("eu", "argent-dawn", "D" + iteration + "x" + c);
      insert = insert.values("eu", "argent-dawn", "K" + iteration + "x" + c);
    }
    return insert.returningResult(CHARACTERS.ID, CHARACTERS.NAME).fetch();
  }
}
