package dev.guildsync.jooq;

import static dev.guildsync.jooq.Changes.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.Lease;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole claim statement on 1,000,000 characters, with the activity rule and the retention check
 * on (the defaults): it walks the due-order index and probes the claims by key, so the cost of a
 * batch does not grow with the table. Plans only: no timer.
 */
class MillionCharacterClaimPlanIT {
  private static JooqStoreFixture fixture;
  private static DSLContext sql;

  @BeforeAll
  static void aMillionCharacters() {
    fixture = JooqStoreFixture.empty();
    sql = fixture.sql();
    // 1,000,000 characters with ids: 2% never synced, the rest synced over the last week, 30%
    // logged in within 14 days, a quarter unavailable, most validated lately; 5,000 held by a
    // live lease and 5,000 by one that ended (a crashed run's).
    sql.execute(
        "insert into characters (region, realm, name, bnet_character_id, last_synced_at,"
            + " last_login_at, last_validated_at, is_available)"
            + " select 'eu', 'realm-' || (g % 200), 'Char' || g, g,"
            + " case when g % 50 = 0 then null"
            + " else timestamptz '2026-11-24 10:00:00+00' - (g % 10080) * interval '1 minute' end,"
            + " timestamptz '2026-11-24 10:00:00+00'"
            + "   - case when g % 10 < 3 then 1 else 60 end * interval '1 day',"
            + " timestamptz '2026-11-24 10:00:00+00' - (g % 40000) * interval '1 minute',"
            + " g % 4 <> 0"
            + " from generate_series(1, 1000000) g");
    sql.execute(
        "insert into character_claims (character_id, lease_id, lease_until)"
            + " select g, case when g <= 5000 then '00000000-0000-0000-0000-000000000001'::uuid"
            + " else '00000000-0000-0000-0000-000000000002'::uuid end,"
            + " case when g <= 5000 then timestamptz '2026-11-24 10:05:00+00'"
            + " else timestamptz '2026-11-24 09:00:00+00' end"
            + " from generate_series(1, 10000) g");
    sql.execute("analyze characters, character_claims");
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 1_000})
  void theClaimWalksTheDueOrderIndexAndProbesClaimsByKey(int batch) {
    DueQuery query = CharacterSyncSettings.defaults().dueQuery(T0, T0, batch);
    String plan =
        sql
            .fetch(
                "explain "
                    + sql.renderInlined(
                        DueClaim.claimStatement(
                            sql, query, new Lease(UUID.randomUUID(), T0.plusSeconds(60)))))
            .stream()
            .map(r -> r.get(0, String.class))
            .collect(Collectors.joining("\n"));

    assertThat(plan).as(plan).contains("Index Scan using characters_due_order_idx");
    assertThat(plan).as(plan).doesNotContain("Seq Scan on characters");
    assertThat(plan).as(plan).doesNotContain("Seq Scan on character_claims");
    assertThat(plan).as(plan).doesNotContain("Seq Scan on character_details");
    assertThat(plan).as(plan).contains("Limit");
  }

  @ParameterizedTest
  @ValueSource(ints = {1_000})
  void aClaimOfTheWholeBatchTakesItFromTheMillion(int batch) {
    DueQuery query = CharacterSyncSettings.defaults().dueQuery(T0, T0, batch);
    JooqStore store = fixture.store();
    var claimed = store.claimDueCharacters(query);
    assertThat(claimed.items()).hasSize(batch);
    assertThat(claimed.items())
        .as("none of the live lease's 5,000 characters")
        .allSatisfy(c -> assertThat(c.key().value()).isGreaterThan(5_000));
    store.release(claimed.lease());
  }
}
