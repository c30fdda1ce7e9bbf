package dev.guildsync.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.demo.EmbeddedDatabase;
import dev.guildsync.jooq.JooqStore;
import dev.guildsync.simulator.SimulatorOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code migrate} on a database an earlier snapshot migrated: guildsync's V1 and V2 recorded in
 * Flyway's default {@code flyway_schema_history}, beside a row of the service's own.
 */
class EarlierSnapshotMigrateIT {
  private static final String HISTORY =
      "SELECT * FROM flyway_schema_history ORDER BY installed_rank";

  @RegisterExtension
  static final PostgresAndSimulator STACK =
      PostgresAndSimulator.unmigrated(SimulatorOptions.defaults());

  private static EmbeddedDatabase db;

  /** The newest version of guildsync's scripts, as Flyway itself migrates them on a database. */
  private static int latest;

  @BeforeAll
  static void earlierSnapshot() throws SQLException {
    db = STACK.db();
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE earlier");
      s.execute("CREATE DATABASE newest");
    }
    latest =
        Integer.parseInt(
            Flyway.configure()
                .dataSource(db.jdbcUrl().replace("/postgres?", "/newest?"), db.user(), null)
                .locations(Schema.MIGRATION_LOCATION)
                .load()
                .migrate()
                .targetSchemaVersion);
    assertThat(latest).as("guildsync's newest script").isGreaterThanOrEqualTo(5);
    // The earlier snapshot's configuration: guildsync's scripts and Flyway's default table.
    Flyway.configure()
        .dataSource(url(), db.user(), null)
        .locations(Schema.MIGRATION_LOCATION)
        .target("2")
        .load()
        .migrate();
    // The service's own Flyway, on the same default table.
    Flyway.configure()
        .dataSource(url(), db.user(), null)
        .locations("classpath:db/earlier-service")
        .ignoreMigrationPatterns("*:missing")
        .load()
        .migrate();
  }

  private static String url() {
    return db.jdbcUrl().replace("/postgres?", "/earlier?");
  }

  @Test
  void migrateAdoptsTheEarlierHistoryAndLeavesFlywaysTableAsItWas() throws SQLException {
    List<List<Object>> before = rows(HISTORY);
    assertThat(before).extracting(r -> r.get(1)).containsExactly("1", "2", "100");

    Cli migrate = Cli.run("migrate", "--jdbc-url", url(), "--db-user", db.user());

    assertThat(migrate.exitCode()).as(migrate.err()).isZero();
    assertThat(migrate.out())
        .contains(
            "guildsync's history was in flyway_schema_history (an earlier snapshot) at version 2:"
                + " recorded in guildsync_schema_history as its baseline; flyway_schema_history"
                + " is left as it was.")
        .contains(
            "Schema migrated to version " + latest + " (" + (latest - 2) + " migrations applied).");
    assertThat(rows(HISTORY)).as("flyway_schema_history untouched").isEqualTo(before);
    List<List<Object>> adopted = new ArrayList<>();
    adopted.add(List.of("2", "BASELINE", true));
    for (int v = 3; v <= latest; v++) {
      adopted.add(List.of(String.valueOf(v), "SQL", true));
    }
    assertThat(
            rows(
                "SELECT version, type, success FROM "
                    + JooqStore.HISTORY_TABLE
                    + " ORDER BY installed_rank"))
        .containsExactlyElementsOf(adopted);
    assertThat(rows("SELECT count(*) FROM service_notes")).containsExactly(List.of(0L));

    Cli again = Cli.run("migrate", "--jdbc-url", url(), "--db-user", db.user());

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).isEqualTo("Schema is up to date at version " + latest + ".\n");
    assertThat(rows(HISTORY)).isEqualTo(before);
  }

  @Test
  void aServicesOwnHistoryWithoutGuildsyncsRowsIsNotAdopted() throws SQLException {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE service_only");
    }
    String serviceOnly = db.jdbcUrl().replace("/postgres?", "/service_only?");
    Flyway.configure()
        .dataSource(serviceOnly, db.user(), null)
        .locations("classpath:db/earlier-service")
        .load()
        .migrate();
    List<List<Object>> before = rows(serviceOnly, HISTORY);

    Cli migrate = Cli.run("migrate", "--jdbc-url", serviceOnly, "--db-user", db.user());

    assertThat(migrate.exitCode()).as(migrate.err()).isZero();
    assertThat(migrate.out())
        .isEqualTo(
            "Schema migrated to version " + latest + " (" + latest + " migrations applied).\n");
    assertThat(rows(serviceOnly, HISTORY)).isEqualTo(before);
  }

  private static List<List<Object>> rows(String sql) throws SQLException {
    return rows(url(), sql);
  }

  private static List<List<Object>> rows(String jdbcUrl, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl, db.user(), null);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<List<Object>> rows = new ArrayList<>();
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(rs.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }
}
