package dev.guildsync.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.character.CharacterChange;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.character.DueCharacter;
import dev.guildsync.core.character.GuildLink;
import dev.guildsync.core.claim.Claimed;
import dev.guildsync.core.claim.DueQuery;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.detail.DetailData;
import dev.guildsync.core.detail.DetailFetch;
import dev.guildsync.core.detail.DetailUpdate;
import dev.guildsync.jooq.JooqStore;
import dev.guildsync.simulator.SimulatedDetails;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Measurement 9, character details (issue 19): the requests per character per day of the quota
 * economy's world with the three default details, against the original system's 12, and how many
 * logged-in characters have fresh details; then what saving a batch of characters with all five
 * details costs (statements, milliseconds) against the same batch without details.
 */
final class DetailsBench {
  static final String DETAILS = "9 character details";
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  private static final int ORIGINAL_PER_CHARACTER_PER_DAY = 12;

  /** The median save of one batch, with and without details. */
  record SaveCost(
      int batch, int statementsWithout, double msWithout, int statementsWith, double msWith) {}

  private DetailsBench() {}

  /** The quota economy's world (30% log in daily) with equipment, Mythic+ and professions. */
  static QuotaEconomy.Result economy(QuotaEconomy economics, int characters, int days, BenchLog log)
      throws SQLException {
    log.progress(
        "9 details: %,d characters, %d days, activity rule and the three default details...",
        characters, days);
    CharacterSyncSettings settings =
        CharacterSyncSettings.newBuilder()
            .batchSize(1_000)
            .executor(Runnable::run)
            .staleAfter(Duration.ofHours(6))
            .idleStaleAfter(Duration.ofDays(7))
            .details(
                EnumSet.of(
                    CharacterDetail.EQUIPMENT,
                    CharacterDetail.MYTHIC_PLUS,
                    CharacterDetail.PROFESSIONS))
            .build();
    return economics.simulate(
        "activity rule + equipment, mythic-plus, professions",
        settings,
        characters,
        0.3,
        0.25,
        days,
        7);
  }

  /** Saves {@code rounds} batches of {@code batch} characters each way; the medians. */
  static SaveCost saveCost(
      DataSource server, String jdbcUrl, String user, int batch, int rounds, BenchLog log)
      throws SQLException {
    log.progress("9 details: saving batches of %,d with and without five details...", batch);
    try (HikariDataSource db = BenchDatabases.fresh(server, jdbcUrl, user, "bench_detail_save")) {
      BenchDatabases.execute(
          db,
          "INSERT INTO characters (region, realm, name) SELECT 'eu', 'argent-dawn', 'C' || i"
              + " FROM generate_series(0, "
              + (batch - 1)
              + ") i",
          "ANALYZE characters");
      StatementMeter meter = new StatementMeter();
      JooqStore store = JooqStore.create(meter.wrap(db));
      double[][] ms = new double[2][rounds];
      int[] statements = new int[2];
      for (int round = 0; round < rounds; round++) {
        for (int with = 0; with < 2; with++) {
          BenchDatabases.execute(db, "UPDATE characters SET last_synced_at = NULL");
          Instant now = T0.plus(Duration.ofMinutes(round * 2L + with));
          Claimed<DueCharacter> claimed =
              store.claimDueCharacters(new DueQuery(now, now, now, batch, Duration.ofMinutes(10)));
          List<CharacterChange> changes = changes(claimed, now, with == 1);
          meter.reset();
          long start = System.nanoTime();
          store.saveCharacters(claimed.lease(), changes);
          ms[with][round] = (System.nanoTime() - start) / 1e6;
          statements[with] = meter.statements();
        }
      }
      return new SaveCost(batch, statements[0], median(ms[0]), statements[1], median(ms[1]));
    }
  }

  private static List<CharacterChange> changes(
      Claimed<DueCharacter> claimed, Instant now, boolean withDetails) {
    List<CharacterChange> changes = new ArrayList<>();
    for (DueCharacter c : claimed.items()) {
      CharacterProfile profile =
          CharacterProfile.newBuilder()
              .id(BnetCharacterId.of(1_000_000L + Long.parseLong(c.ref().name().substring(1))))
              .name(c.ref().name())
              .realmSlug(c.ref().realmSlug())
              .realmName("Argent Dawn")
              .level(80)
              .lastLogin(now.minus(Duration.ofHours(1)))
              .build();
      List<DetailUpdate> details = new ArrayList<>();
      if (withDetails) {
        Map<CharacterDetail, DetailData> data = SimulatedDetails.madeUp(profile);
        data.forEach(
            (detail, d) ->
                details.add(
                    new DetailUpdate(
                        c.key(),
                        detail,
                        DetailFetch.FETCHED,
                        profile.lastLogin(),
                        Optional.of("Tue, 24 Nov 2026 09:00:00 GMT"),
                        now,
                        Optional.of(d),
                        Optional.empty())));
      }
      changes.add(
          new CharacterChange.Refreshed(
              c.key(), profile, new GuildLink.Guildless(), Optional.empty(), now, details));
    }
    return changes;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static void rows(BenchReport report, QuotaEconomy.Result economy, SaveCost save) {
    double perDay =
        (economy.profilesPerDaySteady() + economy.detailsPerDaySteady()) / economy.characters();
    String n = String.format(Locale.ROOT, "%,d chars, 30%% log in daily", economy.characters());
    report.row(
        DETAILS,
        n + ": requests per character per day (profiles + details, steady state)",
        String.format(
            Locale.ROOT,
            "%.2f (%.2f + %.2f) vs the original %d",
            perDay,
            economy.profilesPerDaySteady() / economy.characters(),
            economy.detailsPerDaySteady() / economy.characters(),
            ORIGINAL_PER_CHARACTER_PER_DAY),
        "<= 3",
        perDay <= 3);
    QuotaEconomy.Freshness fresh = economy.fresh();
    report.row(
        DETAILS,
        n + ": logged-in characters with details fetched under their last login",
        String.format(Locale.ROOT, "%,d of %,d", fresh.fresh(), fresh.loggedIn()),
        "all",
        fresh.loggedIn() > 0 && fresh.fresh() == fresh.loggedIn());
    report.row(
        DETAILS,
        String.format(
            Locale.ROOT,
            "save of %,d characters: statements without / with 5 details",
            save.batch()),
        save.statementsWithout() + " / " + save.statementsWith());
    report.row(
        DETAILS,
        String.format(
            Locale.ROOT,
            "save of %,d characters: ms without / with 5 details (median)",
            save.batch()),
        String.format(
            Locale.ROOT,
            "%.0f / %.0f (x%.1f)",
            save.msWithout(),
            save.msWith(),
            save.msWith() / save.msWithout()));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("characters", economy.characters());
    json.put("days", economy.days());
    json.put("profileRequestsPerDaySteady", Math.round(economy.profilesPerDaySteady()));
    json.put("detailRequestsPerDaySteady", Math.round(economy.detailsPerDaySteady()));
    json.put("requestsPerCharacterPerDay", perDay);
    json.put("freshLoggedIn", fresh.fresh());
    json.put("loggedIn", fresh.loggedIn());
    json.put("saveBatch", save.batch());
    json.put("saveStatementsWithout", save.statementsWithout());
    json.put("saveStatementsWith", save.statementsWith());
    json.put("saveMillisWithout", save.msWithout());
    json.put("saveMillisWith", save.msWith());
    report.section("details", json);
  }
}
