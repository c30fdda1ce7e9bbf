package dev.guildsync.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.guildsync.example.Environment;
import dev.guildsync.example.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The bench's pools and databases: a new, migrated database in the bench's PostgreSQL server gives
 * a guild measurement empty tables and leaves the other measurements' database as it was.
 */
final class BenchDatabases {
  private BenchDatabases() {}

  /** A small pool on {@code jdbcUrl}; the caller closes it. */
  static HikariDataSource pool(String jdbcUrl, String user) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setMaximumPoolSize(4);
    config.setPoolName("guildsync-bench");
    return new HikariDataSource(config);
  }

  /**
   * Creates database {@code name} next to the one {@code jdbcUrl} names, applies the schema and
   * returns a pool on it; the caller closes the pool.
   */
  static HikariDataSource fresh(DataSource server, String jdbcUrl, String user, String name)
      throws SQLException {
    try (Connection connection = server.getConnection();
        Statement sql = connection.createStatement()) {
      connection.setAutoCommit(true);
      sql.execute("DROP DATABASE IF EXISTS " + name);
      sql.execute("CREATE DATABASE " + name);
    }
    String url = jdbcUrl.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
    if (url.equals(jdbcUrl)) {
      throw new IllegalStateException("cannot derive a database URL from " + jdbcUrl);
    }
    Schema.migrate(url, user, new Environment(Map.of()));
    return pool(url, user);
  }

  /** Runs {@code statements} one by one in autocommit. */
  static void execute(DataSource dataSource, String... statements) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      connection.setAutoCommit(true);
      for (String statement : statements) {
        sql.execute(statement);
      }
    }
  }

  /** A count from {@code query}, which selects one number. */
  static long count(DataSource dataSource, String query) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement();
        var rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
