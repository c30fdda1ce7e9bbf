package dev.guildsync.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.character.RetentionPolicy;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.claim.Lease;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * A purge deletes the character's {@code guild_members} rows (V3's table) in the save's
 * transaction, and works on a schema without that table too.
 */
class PurgeMembershipsIT {
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

  private static DueQuery statusDue(Instant now) {
    return new DueQuery(
        now,
        now.minus(Duration.ofDays(60)),
        now.minus(Duration.ofDays(7)),
        100,
        Duration.ofMinutes(10),
        now.minus(Duration.ofDays(60)),
        now.minus(Duration.ofDays(14)),
        Optional.of(now.minus(Duration.ofDays(30))));
  }

  /** A synced character validated 31 days before T0, in one guild. */
  private static long seed(DSLContext sql) {
    long guild =
        sql.fetchOne(
                "insert into guilds (region, bnet_guild_id, name, realm)"
                    + " values ('eu', 115248327, 'The Long Watch', 'argent-dawn') returning id")
            .get(0, Long.class);
    return sql.fetchOne(
            "insert into characters (region, realm, name, bnet_character_id, guild_id, level,"
                + " last_synced_at, last_validated_at)"
                + " values ('eu', 'argent-dawn', 'Ærøn', 1, "
                + guild
                + ", 80, timestamptz '2026-10-24 10:00:00+00', timestamptz '2026-10-24 10:00:00+00')"
                + " returning id")
        .get(0, Long.class);
  }

  private static void purge(JooqStore store, long id) {
    Claimed<DueCharacter> batch = store.claimDueCharacters(statusDue(T0));
    assertThat(batch.items()).hasSize(1);
    assertThat(batch.items().get(0).statusCheck()).isTrue();
    Lease lease = batch.lease();
    store.saveCharacters(
        lease,
        List.of(
            new CharacterChange.Invalidated(
                CharacterKey.of(id), RetentionPolicy.PURGE, "status: HTTP 404", T0)));
  }

  @Test
  void aPurgeDeletesTheCharactersMemberships() {
    JooqStoreFixture fixture = JooqStoreFixture.empty();
    DSLContext sql = fixture.sql();
    try {
      long id = seed(sql);
      long guild =
          sql.fetchOne("select guild_id from characters where id = " + id).get(0, Long.class);
      sql.execute(
          "insert into guild_members (guild_id, character_id, rank, joined_at) values ("
              + guild
              + ", "
              + id
              + ", 3, now())");

      purge(fixture.store(), id);

      assertThat(sql.fetchCount(DSL.table("guild_members"))).isZero();
      assertThat(fixture.read(CharacterKey.of(id)).guild()).isEmpty();
      assertThat(fixture.read(CharacterKey.of(id)).level()).isEmpty();
    } finally {
      sql.execute("truncate guild_members");
    }
  }

  @Test
  void aPurgeWorksWithoutTheMembershipsTable() {
    TestDatabase.server();
    String name = "purge_without_members";
    TestDatabase.createDatabase(name);
    var ds = TestDatabase.dataSource(name);
    org.flywaydb.core.Flyway.configure()
        .dataSource(ds)
        .locations("classpath:" + JooqStore.MIGRATION_LOCATION)
        .table(JooqStore.HISTORY_TABLE)
        .load()
        .migrate();
    DSLContext sql = DSL.using(ds, SQLDialect.POSTGRES);
    sql.execute("drop table if exists guild_members cascade");
    long id = seed(sql);

    purge(JooqStore.create(ds), id);

    assertThat(
            sql.fetchOne("select purged_at is not null from characters where id = " + id)
                .get(0, Boolean.class))
        .isTrue();
  }
}
