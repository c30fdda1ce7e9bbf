package com.example.guildsite;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The site's Flyway and guildsync's, in either order, on a fresh database and on one where the
 * site's own V1 ran before guildsync came: every script of both runs once.
 */
class SiteSchemaTest {
  private static EmbeddedPostgres postgres;
  private static int databases;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void aFreshDatabaseGetsBothSchemas() throws Exception {
    DataSource db = freshDatabase();

    SiteSchema.migrate(db);

    assertBothSchemas(db);
  }

  @Test
  void aSiteWhoseOwnV1RanBeforeGuildsyncCameGetsGuildsyncThenItsV2() throws Exception {
    DataSource db = freshDatabase();
    Flyway.configure().dataSource(db).target("1").load().migrate(); // the site before guildsync

    SiteSchema.migrate(db);

    assertBothSchemas(db);
  }

  @Test
  void guildsyncAloneFirstThenTheSite() throws Exception {
    DataSource db = freshDatabase();

    SiteSchema.guildsync(db);
    SiteSchema.site(db);

    assertBothSchemas(db);
  }

  @Test
  void migratingAgainChangesNothing() throws Exception {
    DataSource db = freshDatabase();
    SiteSchema.migrate(db);

    SiteSchema.migrate(db);

    assertBothSchemas(db);
  }

  private static void assertBothSchemas(DataSource db) throws Exception {
    assertThat(
            FirstSyncTest.query(
                db,
                "SELECT version FROM flyway_schema_history WHERE success AND version <> '0'"
                    + " ORDER BY installed_rank"))
        .containsExactly("1", "2");
    assertThat(
            FirstSyncTest.query(
                db,
                "SELECT count(*) FROM guildsync_schema_history WHERE success AND version <> '0'"))
        .singleElement()
        .satisfies(count -> assertThat(Integer.parseInt(count)).isGreaterThanOrEqualTo(5));
    // V2's foreign key to guildsync's characters table holds
    execute(db, "INSERT INTO raid_teams (name) VALUES ('Mythic')");
    execute(db, "INSERT INTO characters (region, realm, name) VALUES ('eu', 'argent-dawn', 'Aeron')");
    execute(db, "INSERT INTO raid_team_members SELECT t.id, c.id FROM raid_teams t, characters c");
    assertThat(FirstSyncTest.query(db, "SELECT count(*) FROM raid_team_members"))
        .containsExactly("1");
  }

  private static DataSource freshDatabase() throws Exception {
    String name = "site" + ++databases;
    execute(postgres.getPostgresDatabase(), "CREATE DATABASE " + name);
    return postgres.getDatabase("postgres", name);
  }

  private static void execute(DataSource db, String sql) throws Exception {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
