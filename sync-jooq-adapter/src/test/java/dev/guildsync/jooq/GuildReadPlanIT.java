package dev.guildsync.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/**
 * The read before a roster's save finds the roster's characters with the roster's Battle.net ids as
 * one constant array: bound as jOOQ binds a {@code Long[]} (text cast to {@code bigint[]}), the
 * cast is not folded, and every row the plan filters parses the whole array again (1,000 ids
 * against 1,000 rows cost 130 to 350 ms on this machine; 1 ms as a constant). The plans are
 * explained with the statement's own bind values, as the read sends them.
 */
class GuildReadPlanIT {
  /**
   * The roster's ids as PostgreSQL prints a constant array. Sent as jOOQ's default binding sends a
   * {@code Long[]}, it prints {@code ANY (('{1,2,3,...}'::character varying)::bigint[])} (or {@code
   * ::cstring}): an expression evaluated where it is used.
   */
  private static final String CONSTANT_ARRAY = "bnet_character_id = ANY ('{1,2,3,";

  /** A cast of the bind value that the planner did not fold. */
  private static final String CAST_AT_RUN_TIME = "ANY (('{";

  private static final List<Long> ROSTER = LongStream.rangeClosed(1, 1_000).boxed().toList();

  @Test
  void aFreshThousandMemberGuildIsMatchedAgainstAConstantArray() {
    DSLContext sql = JooqStoreFixture.empty().sql();
    // As the bench meets it: 1,000 characters just written by a first sync, not analyzed yet.
    sql.execute(
        "insert into characters (region, realm, name, bnet_character_id)"
            + " select 'eu', 'argent-dawn', 'Member' || g, g from generate_series(1, 1000) g");

    String plan = plan(sql);

    assertThat(plan).as(plan).contains(CONSTANT_ARRAY);
    assertThat(plan).as(plan).doesNotContain(CAST_AT_RUN_TIME);
  }

  @Test
  void aLargeTableIsProbedByRegionAndBattleNetId() {
    DSLContext sql = JooqStoreFixture.empty().sql();
    // 200,000 characters over two regions; the guild's 1,000 members among them.
    sql.execute(
        "insert into characters (region, realm, name, bnet_character_id)"
            + " select case when g % 2 = 0 then 'eu' else 'us' end, 'realm-' || (g % 200),"
            + " 'Char' || g, g from generate_series(1, 200000) g");
    sql.execute("analyze characters");

    String plan = plan(sql);

    assertThat(plan).as(plan).contains("characters_region_bnet_character_id_idx");
    assertThat(plan).as(plan).doesNotContain("Seq Scan on characters");
    assertThat(plan).as(plan).contains(CONSTANT_ARRAY);
    assertThat(plan).as(plan).doesNotContain(CAST_AT_RUN_TIME);
  }

  private static String plan(DSLContext sql) {
    return sql
        .resultQuery("explain {0}", GuildSnapshotRead.knownCharacters(sql, "eu", ROSTER))
        .fetch()
        .stream()
        .map(r -> r.get(0, String.class))
        .collect(Collectors.joining("\n"));
  }
}
