package dev.guildsync.jooq;

import static dev.guildsync.jooq.Changes.T0;
import static dev.guildsync.jooq.Changes.eu;
import static dev.guildsync.jooq.generated.Tables.CHARACTER_CLAIMS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Claims from several store instances at once, each on its own connections. */
class ConcurrentClaimIT {
  private static final Duration LEASE = Duration.ofMinutes(10);
  private static final int CHARACTERS_TOTAL = 1_000;
  private static final int CLAIMERS = 6;

  private static DueQuery at(Instant now, int limit) {
    return new DueQuery(
        now, now.minus(Duration.ofHours(6)), now.minus(Duration.ofDays(7)), limit, LEASE);
  }

  @Test
  void concurrentClaimersNeverReceiveTheSameCharacter() throws Exception {
    JooqStoreFixture fixture = JooqStoreFixture.empty();
    for (int i = 0; i < CHARACTERS_TOTAL; i++) {
      fixture.addCharacter(eu("Claim" + i));
    }
    CyclicBarrier start = new CyclicBarrier(CLAIMERS);
    Callable<List<Claimed<DueCharacter>>> claimer =
        () -> {
          // A separate instance per thread, as separate processes would have.
          JooqStore store = JooqStore.create(TestDatabase.dataSource());
          List<Claimed<DueCharacter>> mine = new ArrayList<>();
          start.await();
          while (true) {
            Claimed<DueCharacter> batch = store.claimDueCharacters(at(T0, 13));
            if (batch.isEmpty()) {
              return mine;
            }
            mine.add(batch);
          }
        };
    ExecutorService pool = Executors.newFixedThreadPool(CLAIMERS);
    Map<Long, UUID> claimedBy = new HashMap<>();
    List<Long> all = new ArrayList<>();
    try {
      List<Future<List<Claimed<DueCharacter>>>> results = new ArrayList<>();
      for (int i = 0; i < CLAIMERS; i++) {
        results.add(pool.submit(claimer));
      }
      for (Future<List<Claimed<DueCharacter>>> result : results) {
        for (Claimed<DueCharacter> batch : result.get(60, TimeUnit.SECONDS)) {
          for (DueCharacter c : batch.items()) {
            all.add(c.key().value());
            claimedBy.put(c.key().value(), batch.lease().id());
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(all).hasSize(CHARACTERS_TOTAL).doesNotHaveDuplicates();
    Map<Long, UUID> stored =
        fixture
            .sql()
            .select(CHARACTER_CLAIMS.CHARACTER_ID, CHARACTER_CLAIMS.LEASE_ID)
            .from(CHARACTER_CLAIMS)
            .fetchMap(CHARACTER_CLAIMS.CHARACTER_ID, CHARACTER_CLAIMS.LEASE_ID);
    assertThat(stored).isEqualTo(claimedBy);
  }

  @Test
  void anExpiredLeaseIsClaimedAgainUnderANewLease() {
    JooqStoreFixture fixture = JooqStoreFixture.empty();
    fixture.addCharacter(eu("Ærøn"));
    fixture.addCharacter(eu("Keniön"));
    Claimed<DueCharacter> first = fixture.store().claimDueCharacters(at(T0, 10));

    assertThat(fixture.store().claimDueCharacters(at(T0.plus(LEASE), 10)).items())
        .as("a lease ending exactly now no longer holds")
        .hasSize(2);
    Claimed<DueCharacter> again =
        fixture.store().claimDueCharacters(at(T0.plus(LEASE).plus(LEASE), 10));

    assertThat(first.items()).hasSize(2);
    assertThat(again.items())
        .extracting(DueCharacter::key)
        .containsExactlyElementsOf(first.items().stream().map(DueCharacter::key).toList());
    assertThat(fixture.sql().fetchValues(CHARACTER_CLAIMS.LEASE_ID))
        .containsOnly(again.lease().id());
  }

  @Test
  void aRenewalDuringItsOwnLeasesSaveNeitherWaitsNorDeadlocks() throws Exception {
    JooqStoreFixture fixture = JooqStoreFixture.empty();
    fixture
        .sql()
        .execute(
            "insert into characters (region, realm, name)"
                + " select 'eu', 'realm', 'Char' || g from generate_series(1, 1000) g");
    JooqStore store = fixture.store();
    Claimed<DueCharacter> batch =
        store.claimDueCharacters(new DueQuery(T0, T0, T0, 1_000, Duration.ofMinutes(1)));
    Instant later = T0.plus(Duration.ofMinutes(5));
    ExecutorService heartbeat = Executors.newSingleThreadExecutor();
    try (Connection save = TestDatabase.dataSource().getConnection()) {
      // A save of half the batch in progress: its claims rows are ended, not yet committed.
      save.setAutoCommit(false);
      try (Statement sql = save.createStatement()) {
        sql.execute(
            "delete from character_claims where lease_id = '"
                + batch.lease().id()
                + "' and character_id in (select id from characters where name <= 'Char5')");
      }
      Future<?> renewal = heartbeat.submit(() -> store.renew(batch.lease(), later));
      // Before: the renewal waited for the save's rows (and, with the save ending them in another
      // order, the two deadlocked). The bound only keeps a regression from hanging the build.
      renewal.get(60, TimeUnit.SECONDS);
      save.rollback();
    } finally {
      heartbeat.shutdownNow();
    }
    int renewed =
        fixture
            .sql()
            .fetchCount(CHARACTER_CLAIMS, CHARACTER_CLAIMS.LEASE_UNTIL.eq(Timestamps.utc(later)));
    assertThat(renewed)
        .as("the claims the save had not locked moved, the locked ones were left to it")
        .isPositive()
        .isLessThan(1_000);
  }
}
