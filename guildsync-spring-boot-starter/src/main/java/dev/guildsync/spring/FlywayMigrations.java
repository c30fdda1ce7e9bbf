package dev.guildsync.spring;

import dev.guildsync.core.SyncException;
import dev.guildsync.jooq.JooqStore;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** guildsync's Flyway run; loaded only when Flyway is on the class path. */
final class FlywayMigrations {
  private FlywayMigrations() {}

  /**
   * Applies the pending guildsync migrations, as the README's Flyway configuration does.
   *
   * @return how many were applied
   * @throws SyncException with the first line of Flyway's message when they cannot be applied
   */
  static int apply(DataSource dataSource) {
    try {
      return Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:" + JooqStore.MIGRATION_LOCATION)
          .table(JooqStore.HISTORY_TABLE)
          // The application's tables are there already: the schema is not empty.
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate()
          .migrationsExecuted;
    } catch (FlywayException e) {
      String message = String.valueOf(e.getMessage());
      throw new SyncException(
          "guildsync schema migration failed: " + message.lines().findFirst().orElse(message), e);
    }
  }
}
