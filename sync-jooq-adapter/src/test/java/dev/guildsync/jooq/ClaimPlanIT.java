package dev.guildsync.jooq;

import static dev.guildsync.jooq.Changes.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.Lease;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** The due claim reads the due-order index, not the whole table, on a realistic table. */
class ClaimPlanIT {

  @Test
  void theClaimScansTheDueOrderIndex() {
    DSLContext sql = JooqStoreFixture.empty().sql();
    // 50,000 characters: 5% never synced, the rest synced over the last two days.
    sql.execute(
        "insert into characters (region, realm, name, last_synced_at, is_available)"
            + " select 'eu', 'realm-' || (g % 200), 'Char' || g,"
            + " case when g % 20 = 0 then null"
            + " else timestamptz '2026-11-24 10:00:00+00' - (g % 2880) * interval '1 minute' end,"
            + " g % 50 <> 0"
            + " from generate_series(1, 50000) g");
    sql.execute("analyze characters");
    DueQuery query =
        new DueQuery(
            T0,
            T0.minus(Duration.ofHours(6)),
            T0.minus(Duration.ofDays(7)),
            100,
            Duration.ofMinutes(10));

    String plan =
        sql
            .fetch(
                "explain "
                    + sql.renderInlined(
                        DueClaim.statement(sql, query, new Lease(UUID.randomUUID(), T0))))
            .stream()
            .map(r -> r.get(0, String.class))
            .collect(Collectors.joining("\n"));
    assertThat(sql.fetchValue("show enable_seqscan", String.class)).isEqualTo("on");

    // The plan is shown when an assertion fails, and only then: the build's output stays quiet.
    assertThat(plan).as(plan).contains("Index Scan using characters_due_order_idx");
    assertThat(plan).as(plan).doesNotContain("Seq Scan on characters");
  }

  @Test
  void theClaimWithActivityAndStatusChecksStillScansTheDueOrderIndex() {
    DSLContext sql = JooqStoreFixture.empty().sql();
    // 50,000 synced characters with ids, 30% logged in within 14 days, most validated lately.
    sql.execute(
        "insert into characters (region, realm, name, bnet_character_id, last_synced_at,"
            + " last_login_at, last_validated_at, is_available)"
            + " select 'eu', 'realm-' || (g % 200), 'Char' || g, g,"
            + " timestamptz '2026-11-24 10:00:00+00' - (g % 10080) * interval '1 minute',"
            + " timestamptz '2026-11-24 10:00:00+00'"
            + "   - case when g % 10 < 3 then 1 else 60 end * interval '1 day',"
            + " timestamptz '2026-11-24 10:00:00+00' - (g % 10080) * interval '1 minute',"
            + " g % 4 <> 0"
            + " from generate_series(1, 50000) g");
    sql.execute("analyze characters");
    DueQuery query =
        dev.guildsync.core.character.CharacterSyncSettings.defaults().dueQuery(T0, T0, 100);

    String plan = plan(sql, query);
    System.out.println("claim with activity and status checks on 50,000 characters:\n" + plan);

    assertThat(plan).contains("Index Scan using characters_due_order_idx");
    assertThat(plan).doesNotContain("Seq Scan on characters");
  }

  @Test
  void aLargeClaimReadsTheDueOrderIndexNotTheWholeTable() {
    DSLContext sql = JooqStoreFixture.empty().sql();
    // 100,000 never synced characters, claimed 1,000 at a time: with "id IN (subquery)" the
    // planner chose a hash semi join over a scan of the whole table for every batch.
    sql.execute(
        "insert into characters (region, realm, name)"
            + " select 'eu', 'realm-' || (g % 200), 'Char' || g from generate_series(1, 100000) g");
    sql.execute("analyze characters");
    DueQuery query =
        new DueQuery(
            T0,
            T0.minus(Duration.ofHours(6)),
            T0.minus(Duration.ofDays(7)),
            1_000,
            Duration.ofMinutes(10));

    String plan = plan(sql, query);
    assertThat(plan).as(plan).contains("Index Scan using characters_due_order_idx");
    assertThat(plan).as(plan).doesNotContain("Seq Scan on characters");
  }

  private static String plan(DSLContext sql, DueQuery query) {
    return sql
        .fetch(
            "explain "
                + sql.renderInlined(
                    DueClaim.statement(sql, query, new Lease(UUID.randomUUID(), T0))))
        .stream()
        .map(r -> r.get(0, String.class))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void countDueCountsWhatClaimsWouldHandOut() {
    JooqStoreFixture fixture = JooqStoreFixture.empty();
    DSLContext sql = fixture.sql();
    // 1,000 characters: 50 never synced, 500 synced long ago, 450 synced a minute ago.
    sql.execute(
        "insert into characters (region, realm, name, last_synced_at)"
            + " select 'eu', 'realm', 'Char' || g,"
            + " case when g <= 50 then null"
            + " when g <= 550 then timestamptz '2026-11-20 10:00:00+00'"
            + " else timestamptz '2026-11-24 09:59:00+00' end"
            + " from generate_series(1, 1000) g");
    DueQuery query =
        new DueQuery(
            T0,
            T0.minus(Duration.ofHours(6)),
            T0.minus(Duration.ofDays(7)),
            1,
            Duration.ofMinutes(10));
    JooqStore store = fixture.store();

    assertThat(store.countDue(query)).isEqualTo(550);
    store.claimDueCharacters(
        new DueQuery(T0, query.staleBefore(), query.unavailableBefore(), 200, query.leaseFor()));
    assertThat(store.countDue(query)).as("leased characters are not due").isEqualTo(350);
  }
}
