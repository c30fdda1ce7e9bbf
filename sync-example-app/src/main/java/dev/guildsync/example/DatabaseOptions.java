package dev.guildsync.example;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --jdbc-url} and {@code --db-user}; the password comes from GUILDSYNC_DB_PASSWORD. */
final class DatabaseOptions {
  @Option(
      names = "--jdbc-url",
      required = true,
      paramLabel = "URL",
      description = "PostgreSQL JDBC URL, e.g. jdbc:postgresql://localhost:5432/guilds")
  String jdbcUrl;

  @Option(
      names = "--db-user",
      paramLabel = "U",
      description =
          "Database user (default: the operating system's user, as PostgreSQL's driver does;"
              + " password from GUILDSYNC_DB_PASSWORD)")
  String user;

  void validate() {
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new UsageException(
          "--jdbc-url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
    }
  }

  Optional<String> user() {
    return Optional.ofNullable(user);
  }

  /**
   * Connects once, so that a database that refuses is reported with its own reason at once.
   *
   * @throws dev.guildsync.core.SyncException naming the cause (exit code 3)
   */
  void probe(Environment env) {
    validate();
    DatabaseProbe.check(jdbcUrl, user(), env.get(Environment.DB_PASSWORD));
  }

  /** A small pool, after a {@link #probe}; the library owns none, so the app does. */
  HikariDataSource pool(Environment env, int size) {
    probe(env);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    user().ifPresent(config::setUsername);
    env.get(Environment.DB_PASSWORD).ifPresent(config::setPassword);
    config.setMaximumPoolSize(size);
    config.setPoolName("guildsync");
    // Start without a connection so an unreachable database is reported by the schema check,
    // in one line, and fail fast rather than after Hikari's default 30 seconds.
    config.setInitializationFailTimeout(-1);
    config.setConnectionTimeout(5_000);
    return new HikariDataSource(config);
  }
}
