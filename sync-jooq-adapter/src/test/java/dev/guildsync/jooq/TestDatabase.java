package dev.guildsync.jooq;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One embedded PostgreSQL 17 per test JVM, with the shipped migration applied by Flyway to the
 * database {@code guildsync}. Started on first use, stopped when the JVM exits.
 */
final class TestDatabase {
  private static final String DATABASE = "guildsync";
  private static EmbeddedPostgres postgres;

  private TestDatabase() {}

  static synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException e) {
                      // The JVM is exiting anyway.
                    }
                  }));
      createDatabase(DATABASE);
      Flyway.configure()
          .dataSource(dataSource())
          .locations("classpath:" + JooqStore.MIGRATION_LOCATION)
          .table(JooqStore.HISTORY_TABLE)
          .load()
          .migrate();
    }
    return postgres;
  }

  /** The migrated database. */
  static DataSource dataSource() {
    return dataSource(DATABASE);
  }

  /** A database on the same server, by name. */
  static PGSimpleDataSource dataSource(String database) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"localhost"});
    ds.setPortNumbers(new int[] {server().getPort()});
    ds.setDatabaseName(database);
    ds.setUser("postgres");
    return ds;
  }

  /** Creates an empty database (no migration) on the server. */
  static void createDatabase(String name) {
    execute(server().getPostgresDatabase(), "CREATE DATABASE " + name);
  }

  static void truncate() {
    execute(
        dataSource(),
        "TRUNCATE characters, guilds, character_claims, guild_claims, sync_leases"
            + " RESTART IDENTITY CASCADE");
  }

  /** Runs each statement on the test database, in order. */
  static void execute(String... sql) {
    for (String statement : sql) {
      execute(dataSource(), statement);
    }
  }

  static void execute(DataSource ds, String sql) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
