package dev.guildsync.demo;

import dev.guildsync.core.SyncException;
import dev.guildsync.jooq.JooqStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * PostgreSQL from binaries on Maven Central, on a free loopback port, for the demo, the bench and
 * the example app's tests. Not thread-safe to start and stop; its data source is.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private final EmbeddedPostgres postgres;

  private EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts a fresh server in a temporary folder.
   *
   * @param durable false to turn off fsync (a throwaway demo); true for PostgreSQL's defaults, so
   *     benchmarks pay for commits as a real server does
   * @throws SyncException when it cannot start
   */
  public static EmbeddedDatabase start(boolean durable) {
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
      if (!durable) {
        builder.setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off");
      }
      return new EmbeddedDatabase(builder.start());
    } catch (IOException | RuntimeException e) {
      throw new SyncException("embedded PostgreSQL did not start: " + e.getMessage(), e);
    }
  }

  /**
   * Applies guildsync's schema (the jOOQ adapter's Flyway migration) to this fresh server's {@code
   * postgres} database.
   */
  public void migrate() {
    Flyway.configure()
        .dataSource(dataSource())
        .locations("classpath:" + JooqStore.MIGRATION_LOCATION)
        .table(JooqStore.HISTORY_TABLE)
        .loggers("slf4j")
        .load()
        .migrate();
  }

  /** The JDBC URL of its {@code postgres} database, as user {@code postgres}. */
  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  /** The superuser every connection uses; it needs no password. */
  public String user() {
    return "postgres";
  }

  /** A data source on its {@code postgres} database, one connection per call. */
  public DataSource dataSource() {
    return postgres.getPostgresDatabase();
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new SyncException("embedded PostgreSQL did not stop cleanly: " + e.getMessage(), e);
    }
  }
}
