package dev.guildsync.example;

import dev.guildsync.core.SchemaMissingException;
import dev.guildsync.core.SyncException;
import dev.guildsync.jooq.JooqStore;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/** Where the schema comes from, how it is applied, and how a JDBC URL is shown without secrets. */
public final class Schema {
  /** The jOOQ adapter ships its Flyway migration here. */
  static final String MIGRATION_LOCATION = "classpath:" + JooqStore.MIGRATION_LOCATION;

  private Schema() {}

  /**
   * Applies the shipped migration.
   *
   * @throws SyncException with one line when the database cannot be reached or migrated
   */
  public static MigrateResult migrate(String jdbcUrl, String user, Environment env) {
    try {
      return Flyway.configure()
          .dataSource(jdbcUrl, user, env.get(Environment.DB_PASSWORD).orElse(null))
          .locations(MIGRATION_LOCATION)
          .table(JooqStore.HISTORY_TABLE)
          // The application's own tables may be there already (a schema Flyway calls non-empty).
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .loggers("slf4j")
          .load()
          .migrate();
    } catch (FlywayException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("Unable to obtain connection")) {
        throw new SyncException("database unreachable at " + redact(jdbcUrl), e);
      }
      throw new SyncException(
          "migration failed: " + message.lines().findFirst().orElse(message), e);
    }
  }

  /**
   * A store over {@code db} whose schema was checked.
   *
   * @throws SchemaMissingException saying to run {@code migrate} first
   */
  static JooqStore verifiedStore(DataSource db) {
    JooqStore store = JooqStore.create(db);
    try {
      store.verifySchema();
    } catch (SchemaMissingException e) {
      throw new SchemaMissingException(e.getMessage() + " (run `migrate --jdbc-url ...` first)", e);
    }
    return store;
  }

  /** The URL without its query string, which may hold a password. */
  static String redact(String jdbcUrl) {
    int query = jdbcUrl.indexOf('?');
    String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    // jdbc:postgresql://user:password@host/... is not valid for pgjdbc, but never echo it either.
    int at = base.indexOf('@');
    int scheme = base.indexOf("//");
    if (at > 0 && scheme > 0 && at > scheme) {
      base = base.substring(0, scheme + 2) + base.substring(at + 1);
    }
    return base;
  }
}
