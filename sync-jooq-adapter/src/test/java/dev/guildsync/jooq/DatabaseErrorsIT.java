package dev.guildsync.jooq;

import static dev.guildsync.jooq.Changes.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.Region;
import dev.guildsync.core.SchemaMissingException;
import dev.guildsync.core.SyncException;
import dev.guildsync.core.claim.DueQuery;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** What an operator reads when the database is down or was never migrated. */
class DatabaseErrorsIT {
  private static final String PASSWORD = "hunter2-Sup3rSecret";
  private static final DueQuery QUERY = new DueQuery(T0, T0, T0, 10, Duration.ofMinutes(1));
  private static boolean databasesCreated;

  @BeforeAll
  static void createDatabases() {
    if (!databasesCreated) {
      TestDatabase.createDatabase("never_migrated");
      TestDatabase.createDatabase("half_migrated");
      TestDatabase.execute(
          TestDatabase.dataSource("half_migrated"),
          "CREATE TABLE guilds (id BIGINT PRIMARY KEY, region TEXT, bnet_guild_id BIGINT,"
              + " name TEXT, realm TEXT);"
              + " CREATE TABLE characters (id BIGINT PRIMARY KEY, region TEXT, realm TEXT,"
              + " name TEXT)");
      databasesCreated = true;
    }
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static PGSimpleDataSource withPassword(PGSimpleDataSource ds) {
    ds.setPassword(PASSWORD);
    return ds;
  }

  @Test
  void anUnreachableDatabaseIsNamedWithoutItsPassword() throws IOException {
    int port = closedPort();
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl("jdbc:postgresql://localhost:" + port + "/guildsync?user=app&password=" + PASSWORD);
    String expected = "database unreachable at jdbc:postgresql://localhost:" + port + "/guildsync";
    JooqStore store = JooqStore.create(ds).withTransientRetry(Duration.ZERO);

    for (Runnable call :
        List.<Runnable>of(
            store::verifySchema,
            () -> store.claimDueCharacters(QUERY),
            () -> store.findGuildKeys(Region.EU, Set.of(BnetGuildId.of(1))))) {
      assertThatThrownBy(call::run)
          .isInstanceOf(SyncException.class)
          .hasMessage(expected)
          .hasCauseInstanceOf(RuntimeException.class);
    }
  }

  @Test
  void aDslContextOverAnUnreachableDataSourceSaysTheSame() throws IOException {
    int port = closedPort();
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"localhost"});
    ds.setPortNumbers(new int[] {port});
    ds.setDatabaseName("guildsync");
    ds.setUser("app");
    ds.setPassword(PASSWORD);
    JooqStore store = JooqStore.create(DSL.using(ds, SQLDialect.POSTGRES));

    assertThatThrownBy(store::verifySchema)
        .isInstanceOf(SyncException.class)
        .hasMessage("database unreachable at jdbc:postgresql://localhost:" + port + "/guildsync")
        .message()
        .doesNotContain(PASSWORD);
  }

  @Test
  void aDatabaseWithoutTheMigrationSaysWhatToDo() {
    JooqStore store = JooqStore.create(withPassword(TestDatabase.dataSource("never_migrated")));

    assertThatThrownBy(store::verifySchema)
        .isInstanceOf(SchemaMissingException.class)
        .hasMessage(
            "schema missing: table characters does not exist, apply the guildsync migrations (db/guildsync) first");
    assertThatThrownBy(() -> store.claimDueCharacters(QUERY))
        .isInstanceOf(SchemaMissingException.class)
        .hasMessage(
            "schema missing: relation \"characters\" does not exist, apply the guildsync migrations (db/guildsync) first")
        .message()
        .doesNotContain(PASSWORD);
    assertThatThrownBy(() -> store.findGuildKeys(Region.EU, Set.of(BnetGuildId.of(1))))
        .hasMessage(
            "schema missing: relation \"guilds\" does not exist, apply the guildsync migrations (db/guildsync) first");
  }

  @Test
  void aMissingColumnIsNamed() {
    JooqStore store = JooqStore.create(withPassword(TestDatabase.dataSource("half_migrated")));

    assertThatThrownBy(store::verifySchema)
        .isInstanceOf(SchemaMissingException.class)
        .hasMessage(
            "schema missing: column characters.bnet_character_id does not exist, apply"
                + " the guildsync migrations (db/guildsync) first");
    assertThatThrownBy(() -> store.claimDueCharacters(QUERY))
        .isInstanceOf(SyncException.class)
        .hasMessageStartingWith("schema missing: column ")
        .hasMessageEndingWith(
            "does not exist, apply the guildsync migrations (db/guildsync) first");
  }

  @Test
  void theMigratedDatabasePassesTheCheck() {
    JooqStore.create(TestDatabase.dataSource()).verifySchema();

    assertThat(JooqStore.MIGRATION_LOCATION).isEqualTo("db/guildsync");
    assertThat(
            getClass()
                .getClassLoader()
                .getResource(JooqStore.MIGRATION_LOCATION + "/V1__guildsync_schema.sql"))
        .isNotNull();
  }
}
