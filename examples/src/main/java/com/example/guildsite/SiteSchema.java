package com.example.guildsite;

import dev.guildsync.jooq.JooqStore;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The database schema: guildsync's tables, then the site's own, each in its own history. */
public final class SiteSchema {
  private SiteSchema() {}

  /** Brings the database up to date, empty or not; safe to call at every start. */
  public static void migrate(DataSource dataSource) {
    guildsync(dataSource);
    site(dataSource);
  }

  // guide:guildsync-migrations
  /** guildsync's tables: its own scripts and its own history table. */
  static void guildsync(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:" + JooqStore.MIGRATION_LOCATION) // db/guildsync
        .table(JooqStore.HISTORY_TABLE) // guildsync_schema_history
        .baselineOnMigrate(true) // the schema may hold the site's tables already
        .baselineVersion("0") // ... and then every guildsync script still runs
        .load()
        .migrate();
  }

  /** The site's own tables: db/migration, flyway_schema_history, as Flyway does by default. */
  static void site(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .baselineOnMigrate(true) // the schema may hold guildsync's tables already
        .baselineVersion("0") // ... and then the site's V1 still runs
        .load()
        .migrate();
  }
  // guide:end
}
