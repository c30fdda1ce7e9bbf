package dev.guildsync.jooq;

import static dev.guildsync.jooq.Changes.T0;
import static dev.guildsync.jooq.Changes.eu;
import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.FetchResult;
import dev.guildsync.core.character.CharacterProfilePort;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.testing.MutableClock;
import dev.guildsync.testing.character.ScriptedProfileSource;
import dev.guildsync.testing.character.TestProfiles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A run survives losing its database connection: a backend terminated in the middle of a claim and
 * of a save, and the whole server restarted in the middle of a run. Every character ends synced
 * exactly once (fetched once, written once, no claim left), asserted on the rows.
 */
class ConnectionLossIT {
  private static final int CHARACTERS = 300;
  private static final int BATCH = 100;

  private static void addCharacters(DSLContext sql) {
    sql.execute(
        "insert into characters (region, realm, name) select 'eu', 'argent-dawn', 'Char' || g"
            + " from generate_series(0, "
            + (CHARACTERS - 1)
            + ") g");
  }

  private static ScriptedProfileSource profiles() {
    ScriptedProfileSource profiles = new ScriptedProfileSource();
    for (int i = 0; i < CHARACTERS; i++) {
      profiles.script(
          eu("Char" + i),
          FetchResult.found(TestProfiles.guildless(eu("Char" + i), 7000 + i), null));
    }
    return profiles;
  }

  private static CharacterSyncReport run(JooqStore store, CharacterProfilePort source) {
    return CharacterSyncService.newBuilder()
        .guildLookup(store)
        .characterStore(store)
        .profileSource(source)
        .clock(new MutableClock(T0))
        .settings(CharacterSyncSettings.newBuilder().batchSize(BATCH).build())
        .build()
        .run();
  }

  private static void assertEverySyncedOnce(
      DSLContext sql, CharacterSyncReport report, ScriptedProfileSource profiles) {
    assertThat(report.updated()).isEqualTo(CHARACTERS);
    assertThat(report.failed() + report.leaseLost()).isZero();
    assertThat(
            sql.fetchCount(
                DSL.table("characters"),
                DSL.condition(
                    "last_synced_at = timestamptz '2026-11-24 10:00:00+00' and level = 80"
                        + " and class = 'Paladin' and failure_count = 0 and last_error is null")))
        .as("every row written, none damaged")
        .isEqualTo(CHARACTERS);
    assertThat(sql.fetchCount(DSL.table("character_claims"))).as("no claim left").isZero();
    for (int i = 0; i < CHARACTERS; i++) {
      assertThat(profiles.callCount(eu("Char" + i))).as("fetched once").isEqualTo(1);
    }
  }

  @Test
  @Timeout(120)
  void backendsTerminatedDuringAClaimAndASaveAreRetriedAndTheRunCompletes() {
    DSLContext sql = JooqStoreFixture.empty().sql();
    addCharacters(sql);
    AtomicInteger claims = new AtomicInteger();
    AtomicInteger saves = new AtomicInteger();
    AtomicInteger killed = new AtomicInteger();
    ExecuteListener killer =
        ExecuteListener.onExecuteStart(
            (ExecuteContext ctx) -> {
              String statement = ctx.sql().toLowerCase();
              boolean claim = statement.contains("for no key update");
              boolean save = statement.startsWith("update \"characters\"");
              if ((claim && claims.incrementAndGet() == 2)
                  || (save && saves.incrementAndGet() == 3)) {
                terminate(ctx.connection());
                killed.incrementAndGet();
              }
            });
    JooqStore store =
        JooqStore.create(
            DSL.using(TestDatabase.dataSource(), SQLDialect.POSTGRES)
                .configuration()
                .derive(killer)
                .dsl());
    ScriptedProfileSource profiles = profiles();

    CharacterSyncReport report = run(store, profiles);

    assertThat(killed).hasValue(2);
    assertEverySyncedOnce(sql, report, profiles);
  }

  /** Ends the backend behind {@code victim} from another connection, and waits until it is gone. */
  private static void terminate(Connection victim) {
    try (Connection admin = TestDatabase.dataSource().getConnection()) {
      int pid = victim.unwrap(PGConnection.class).getBackendPID();
      admin.createStatement().execute("select pg_terminate_backend(" + pid + ", 10000)");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @Timeout(180)
  void aServerRestartedDuringARunIsWaitedForAndTheRunCompletes(@TempDir Path dir) throws Exception {
    Path data = Files.createDirectory(dir.resolve("data"));
    EmbeddedPostgres first = start(data, 0);
    int port = first.getPort();
    DataSource ds = dataSource(port);
    Flyway.configure()
        .dataSource(ds)
        .locations("classpath:" + JooqStore.MIGRATION_LOCATION)
        .table(JooqStore.HISTORY_TABLE)
        .load()
        .migrate();
    DSLContext sql = DSL.using(ds, SQLDialect.POSTGRES);
    addCharacters(sql);
    ScriptedProfileSource profiles = profiles();
    AtomicBoolean restarted = new AtomicBoolean();
    EmbeddedPostgres[] server = {first};
    Thread[] restarter = new Thread[1];
    CharacterProfilePort restarting =
        (character, lastModified) -> {
          if (character.name().equals("Char" + (BATCH + 10))
              && restarted.compareAndSet(false, true)) {
            stop(server[0]);
            restarter[0] =
                new Thread(
                    () -> {
                      sleep(2_000);
                      server[0] = start(data, port);
                    });
            restarter[0].start();
          }
          return profiles.fetchProfile(character, lastModified);
        };

    try {
      CharacterSyncReport report = run(JooqStore.create(ds), restarting);

      restarter[0].join();
      assertThat(restarted).isTrue();
      assertEverySyncedOnce(sql, report, profiles);
    } finally {
      if (restarter[0] != null) {
        restarter[0].join();
      }
      stop(server[0]);
    }
  }

  private static EmbeddedPostgres start(Path data, int port) {
    try {
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false);
      if (port != 0) {
        builder.setPort(port);
      }
      return builder.start();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void stop(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static PGSimpleDataSource dataSource(int port) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"localhost"});
    ds.setPortNumbers(new int[] {port});
    ds.setDatabaseName("postgres");
    ds.setUser("postgres");
    return ds;
  }
}
