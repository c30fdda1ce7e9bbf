package dev.guildsync.example;

import dev.guildsync.core.SyncException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;

/** PostgreSQL from binaries on Maven Central, on a free loopback port, for demo and bench. */
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

  public String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  public String user() {
    return "postgres";
  }

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
