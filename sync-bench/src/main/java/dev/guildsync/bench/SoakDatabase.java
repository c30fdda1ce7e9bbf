package dev.guildsync.bench;

import dev.guildsync.example.Environment;
import dev.guildsync.example.Schema;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

/**
 * The soak's PostgreSQL: embedded, in a data folder of its own so that it can be stopped and
 * started again on the same port (a database restart, as an operator's would be), with the schema
 * migrated by the app's own {@code migrate} path. Not thread-safe: the soak's one thread restarts
 * it.
 */
final class SoakDatabase implements AutoCloseable {
  private final Path data;
  private EmbeddedPostgres server;
  private final int port;

  SoakDatabase(Path data) {
    this.data = data;
    this.server = start(data, 0);
    this.port = server.getPort();
    Schema.migrate(jdbcUrl(), user(), new Environment(Map.of()));
  }

  String jdbcUrl() {
    return server.getJdbcUrl("postgres", "postgres");
  }

  String user() {
    return "postgres";
  }

  /** Stops the server (every connection is cut); {@link #start()} brings it back. */
  void stop() {
    close();
  }

  /** Starts the stopped server again, on the same port and data. */
  void start() {
    server = start(data, port);
  }

  private static EmbeddedPostgres start(Path data, int port) {
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(data)
              .setCleanDataDirectory(false)
              .setServerConfig("fsync", "off");
      if (port != 0) {
        builder.setPort(port);
      }
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many characters were synced after {@code when}; -1 while the database restarts. */
  long countSyncedAfter(Instant when) {
    try (Connection c = DriverManager.getConnection(jdbcUrl());
        PreparedStatement s =
            c.prepareStatement("SELECT count(*) FROM characters WHERE last_synced_at > ?")) {
      s.setTimestamp(1, Timestamp.from(when));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      return -1; // restarting: not yet
    }
  }

  /** The one number {@code sql} selects. */
  long count(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl());
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  void update(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbcUrl());
        PreparedStatement s = c.prepareStatement(sql)) {
      s.executeUpdate();
    }
  }
}
