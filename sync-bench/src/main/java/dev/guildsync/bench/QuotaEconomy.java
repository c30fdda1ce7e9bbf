package dev.guildsync.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.jooq.JooqStore;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Measurement 6: the requests per day a realistic world needs to keep every character within its
 * freshness target, with and without the activity rule, and what Blizzard's retention checks add.
 * The real {@link CharacterSyncService} runs every hour of {@code days} simulated days on a clock,
 * against the jOOQ store on a fresh database of the bench's PostgreSQL server and a counting
 * Battle.net ({@link EconomyWorld}); the steady state is the average over the days after the first
 * 30 (the first day syncs everyone).
 */
final class QuotaEconomy {
  static final String ECONOMY = "6 quota economy";
  private static final Instant T0 = Instant.parse("2026-11-24T00:00:00Z");

  /** One simulated policy. */
  record Result(
      String name,
      int characters,
      int days,
      double profilesPerDaySteady,
      double statusesPerDay,
      long statusTotal,
      int purged,
      long profileTotal,
      double detailsPerDaySteady,
      Freshness fresh) {}

  /**
   * Of the characters whose stored last login is at most 3 days old at the end (the active ones),
   * how many have every enabled detail fetched under that login: fresh within the profile check
   * that saw it.
   */
  record Freshness(long fresh, long loggedIn) {}

  private final DataSource server;
  private final String jdbcUrl;
  private final String user;

  /** Simulates on fresh databases in the PostgreSQL server at {@code jdbcUrl}. */
  QuotaEconomy(DataSource server, String jdbcUrl, String user) {
    this.server = server;
    this.jdbcUrl = jdbcUrl;
    this.user = user;
  }

  Result simulate(
      String name,
      CharacterSyncSettings settings,
      int characters,
      double activeShare,
      double notFoundShare,
      int days)
      throws SQLException {
    return simulate(name, settings, characters, activeShare, notFoundShare, days, 30);
  }

  /** As above, the steady state averaged over the days from {@code steadyFrom}. */
  Result simulate(
      String name,
      CharacterSyncSettings settings,
      int characters,
      double activeShare,
      double notFoundShare,
      int days,
      int steadyFrom)
      throws SQLException {
    EconomyClock clock = new EconomyClock(T0);
    EconomyWorld world = new EconomyWorld(characters, activeShare, notFoundShare, clock, days);
    int purged = 0;
    Freshness fresh;
    try (HikariDataSource db = BenchDatabases.fresh(server, jdbcUrl, user, "bench_quota_economy")) {
      // Known from an earlier sync, validated the day before: the Battle.net id is recorded.
      BenchDatabases.execute(
          db,
          "INSERT INTO characters (region, realm, name, bnet_character_id, last_validated_at)"
              + " SELECT 'eu', '"
              + EconomyWorld.REALM
              + "', 'C' || i, "
              + EconomyWorld.bnetId(0).value()
              + " + i, TIMESTAMPTZ '"
              + T0.minus(Duration.ofDays(1))
              + "' FROM generate_series(0, "
              + (characters - 1)
              + ") i",
          "ANALYZE characters");
      JooqStore store = JooqStore.create(db);
      CharacterSyncService service =
          CharacterSyncService.newBuilder()
              .guildLookup(store)
              .characterStore(store)
              .profileSource(world)
              .detailSource(world)
              .clock(clock)
              .settings(settings)
              .build();
      for (int hour = 0; hour < days * 24; hour++) {
        CharacterSyncReport report = service.run();
        purged += report.retention().purged();
        clock.advance(Duration.ofHours(1));
      }
      fresh = freshness(db, settings.details().size(), clock.instant().minus(Duration.ofDays(3)));
    }
    long steady = 0;
    long steadyDetails = 0;
    long profiles = 0;
    long statuses = 0;
    for (int day = 0; day < days; day++) {
      profiles += world.profilesOn(day);
      statuses += world.statusesOn(day);
      if (day >= steadyFrom) {
        steady += world.profilesOn(day);
        steadyDetails += world.detailsOn(day);
      }
    }
    return new Result(
        name,
        characters,
        days,
        steady / (double) Math.max(1, days - steadyFrom),
        statuses / (double) days,
        statuses,
        purged,
        profiles,
        steadyDetails / (double) Math.max(1, days - steadyFrom),
        fresh);
  }

  private static Freshness freshness(DataSource db, int enabled, Instant since)
      throws SQLException {
    String loggedIn = " FROM characters c WHERE c.last_login_at >= TIMESTAMPTZ '" + since + "'";
    return new Freshness(
        BenchDatabases.count(
            db,
            "SELECT count(*)"
                + loggedIn
                + " AND (SELECT count(*) FROM character_details d WHERE d.character_id = c.id"
                + " AND d.outcome = 'found' AND d.fetched_for_login = c.last_login_at) = "
                + enabled),
        BenchDatabases.count(db, "SELECT count(*)" + loggedIn));
  }

  /** The two runs: the same world, hourly syncs, with and without the activity rule. */
  List<Result> measure(int characters, int days, BenchLog log) throws SQLException {
    CharacterSyncSettings.Builder base =
        CharacterSyncSettings.newBuilder()
            .batchSize(1_000)
            .executor(Runnable::run)
            .staleAfter(Duration.ofHours(6));
    log.progress(
        "6 quota economy: %,d characters, %d days, without the activity rule...", characters, days);
    Result without =
        simulate(
            "stale-after 6h for everyone",
            base.idleStaleAfter(Duration.ofHours(6)).build(),
            characters,
            0.3,
            0.25,
            days);
    log.progress("6 quota economy: with the activity rule (idle after 14 days: every 7 days)...");
    Result with =
        simulate(
            "activity rule (idle: 7 days)",
            base.idleStaleAfter(Duration.ofDays(7)).build(),
            characters,
            0.3,
            0.25,
            days);
    return List.of(without, with);
  }

  static void rows(BenchReport report, List<Result> results) {
    List<Map<String, Object>> json = new ArrayList<>();
    for (Result r : results) {
      String n = String.format(Locale.ROOT, "%,d chars, %s", r.characters(), r.name());
      report.row(
          ECONOMY,
          n + ": profile requests per day (steady state)",
          String.format(Locale.ROOT, "%,.0f", r.profilesPerDaySteady()));
      report.row(
          ECONOMY,
          n + ": status requests (retention) in " + r.days() + " days / per day",
          String.format(
              Locale.ROOT,
              "%,d / %,.0f (%,d purged)",
              r.statusTotal(),
              r.statusesPerDay(),
              r.purged()));
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("policy", r.name());
      line.put("characters", r.characters());
      line.put("days", r.days());
      line.put("profileRequestsPerDaySteady", Math.round(r.profilesPerDaySteady()));
      line.put("profileRequestsTotal", r.profileTotal());
      line.put("statusRequestsTotal", r.statusTotal());
      line.put("purged", r.purged());
      json.add(line);
    }
    report.section("quotaEconomy", json);
  }
}
