package dev.guildsync.jooq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * guildsync's migrations beside a service's own Flyway ({@code db/migration}: V1 its own table, V2
 * a foreign key to guildsync's {@code characters}), both configured as the README says, in either
 * order, on a fresh database and on one where the service's V1 already ran. Each case is two starts
 * of the service: the first ships the service's V1 only, the second V1 and V2 (a migration that
 * refers to guildsync's tables is written once guildsync is there). Plus the traps the README's
 * configuration avoids, reproduced with Flyway's defaults.
 */
class FlywayInAnyOrderIT {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @ParameterizedTest(name = "{0} database, {1} first")
  @CsvSource({
    "fresh, guildsync",
    "fresh, application",
    "existing, guildsync",
    "existing, application"
  })
  void bothMigrationSetsApplyInEitherOrderAndTheTablesWork(String database, String first) {
    DataSource db = newDatabase();
    if (database.equals("existing")) {
      // The service ran before it added guildsync: its V1, Flyway at its defaults.
      Flyway.configure().dataSource(db).target("1").load().migrate();
    }

    start(db, first, "1");
    start(db, first, "latest");

    DSLContext sql = DSL.using(db, SQLDialect.POSTGRES);
    assertThat(versions(sql, "flyway_schema_history"))
        .as("the service's V1 and V2 both ran, none skipped by a baseline")
        .containsSubsequence("1", "2")
        .doesNotContain("3");
    assertThat(versions(sql, JooqStore.HISTORY_TABLE)).contains("1", "2", "3", "4", "5");
    JooqStore.create(db).verifySchema();
    long character =
        sql.fetch(
                "insert into characters (region, realm, name) values ('eu', 'argent-dawn', 'Aeron')"
                    + " returning id")
            .getValues(0, Long.class)
            .get(0);
    sql.execute(
        "insert into raid_signups (raid_name, character_id) values ('Nerub-ar', ?)", character);
    assertThatThrownBy(
            () ->
                sql.execute("insert into raid_signups (raid_name, character_id) values ('x', -1)"))
        .as("the service's V2 foreign key to guildsync's characters is there")
        .hasMessageContaining("raid_signups_character_id_fkey");

    // A third start changes nothing.
    assertThat(guildsync(db).load().migrate().migrationsExecuted).isZero();
    assertThat(application(db).load().migrate().migrationsExecuted).isZero();
  }

  @Test
  void withFlywaysDefaultsTheServiceFailsAfterGuildsyncOnAFreshDatabase() {
    DataSource db = newDatabase();
    guildsync(db).load().migrate();

    assertThatThrownBy(() -> Flyway.configure().dataSource(db).load().migrate())
        .isInstanceOf(FlywayException.class)
        .hasMessageContaining("non-empty schema");
  }

  @Test
  void flywaysOwnHintBaselinesAtOneAndSkipsTheServicesFirstMigration() {
    DataSource db = newDatabase();
    guildsync(db).load().migrate();

    assertThatThrownBy(
            () -> Flyway.configure().dataSource(db).baselineOnMigrate(true).load().migrate())
        .as("V1 is taken as the baseline, so V2 finds no raid_signups")
        .isInstanceOf(FlywayException.class)
        .hasMessageContaining("raid_signups");
  }

  /** One start of the service: both migration sets, {@code first} first, up to {@code target}. */
  private static void start(DataSource db, String first, String target) {
    Flyway application = application(db).target(target).load();
    if (first.equals("guildsync")) {
      guildsync(db).load().migrate();
      application.migrate();
    } else {
      application.migrate();
      guildsync(db).load().migrate();
    }
  }

  /** guildsync's migrations, configured as the README says (as the example app's migrate). */
  private static FluentConfiguration guildsync(DataSource db) {
    return Flyway.configure()
        .dataSource(db)
        .locations("classpath:" + JooqStore.MIGRATION_LOCATION)
        .table(JooqStore.HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0");
  }

  /** The service's own Flyway, configured as the README says: only the baseline added. */
  private static FluentConfiguration application(DataSource db) {
    return Flyway.configure().dataSource(db).baselineOnMigrate(true).baselineVersion("0");
  }

  private static DataSource newDatabase() {
    String name = "flyway_order_" + DATABASES.incrementAndGet();
    TestDatabase.createDatabase(name);
    return TestDatabase.dataSource(name);
  }

  private static List<String> versions(DSLContext sql, String table) {
    return sql.fetch("select version from " + table + " where success order by installed_rank")
        .getValues(0, String.class);
  }
}
