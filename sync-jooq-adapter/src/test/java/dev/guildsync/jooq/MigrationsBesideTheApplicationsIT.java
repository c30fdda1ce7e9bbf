package dev.guildsync.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * A service that already uses Flyway (its own {@code db/migration/V1__...} with the default history
 * table, see {@code src/test/resources/db/migration}) adds guildsync: both sets of migrations apply
 * cleanly, each in its own history table, and the guildsync tables work.
 */
class MigrationsBesideTheApplicationsIT {

  @Test
  void guildsyncsMigrationsAndTheApplicationsOwnV1CoexistAndBothWork() {
    TestDatabase.createDatabase("app_with_own_flyway");
    DataSource db = TestDatabase.dataSource("app_with_own_flyway");

    // The service exists: its own V1, Flyway at its defaults.
    MigrateResult applicationV1 = Flyway.configure().dataSource(db).target("1").load().migrate();
    // It adds guildsync, configured as the README says.
    MigrateResult guildsync = guildsyncFlyway(db).migrate();
    // Its next migration refers to guildsync's characters table.
    MigrateResult applicationV2 = Flyway.configure().dataSource(db).load().migrate();

    assertThat(applicationV1.migrationsExecuted).isEqualTo(1);
    assertThat(guildsync.migrationsExecuted).isGreaterThanOrEqualTo(2);
    assertThat(applicationV2.migrationsExecuted).isEqualTo(1);
    DSLContext sql = DSL.using(db, SQLDialect.POSTGRES);
    assertThat(
            sql.fetch(
                    "select version from "
                        + JooqStore.HISTORY_TABLE
                        + " where success order by installed_rank")
                .getValues(0, String.class))
        .startsWith("0", "1", "2");
    assertThat(
            sql.fetch("select version from flyway_schema_history order by installed_rank")
                .getValues(0, String.class))
        .isEqualTo(List.of("1", "2"));

    JooqStore store = JooqStore.create(db);
    store.verifySchema();
    long character =
        sql.fetch(
                "insert into characters (region, realm, name) values ('eu', 'argent-dawn', 'Aeron')"
                    + " returning id")
            .getValues(0, Long.class)
            .get(0);
    sql.execute(
        "insert into raid_signups (raid_name, character_id) values ('Nerub-ar', ?)", character);
    assertThat(sql.fetchCount(DSL.table("raid_signups"))).isEqualTo(1);

    // Running both again changes nothing.
    assertThat(guildsyncFlyway(db).migrate().migrationsExecuted).isZero();
    assertThat(Flyway.configure().dataSource(db).load().migrate().migrationsExecuted).isZero();
  }

  @Test
  void guildsyncsMigrationsApplyToAnEmptyDatabaseToo() {
    TestDatabase.createDatabase("empty_for_guildsync");
    DataSource db = TestDatabase.dataSource("empty_for_guildsync");

    assertThat(guildsyncFlyway(db).migrate().migrationsExecuted).isGreaterThanOrEqualTo(2);

    JooqStore.create(db).verifySchema();
  }

  /** The configuration the README gives, the same as the example app's {@code migrate}. */
  private static Flyway guildsyncFlyway(DataSource db) {
    return Flyway.configure()
        .dataSource(db)
        .locations("classpath:" + JooqStore.MIGRATION_LOCATION)
        .table(JooqStore.HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load();
  }
}
