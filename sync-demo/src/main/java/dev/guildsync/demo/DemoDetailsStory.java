package dev.guildsync.demo;

import dev.guildsync.RunReport;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterSyncListener;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.detail.CharacterDetail;
import dev.guildsync.core.guild.GuildSyncListener;
import dev.guildsync.simulator.BattleNetSimulator;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The details story: the original system's three details switched on, a table of guild 5's
 * characters (item level, missing enchants, Mythic+ rating and colour, professions), then a login
 * (its details refetched) and a run without logins (no detail request, as the simulator's request
 * counter shows).
 */
final class DemoDetailsStory {
  private static final Set<CharacterDetail> DEFAULT =
      EnumSet.of(
          CharacterDetail.EQUIPMENT, CharacterDetail.MYTHIC_PLUS, CharacterDetail.PROFESSIONS);
  private static final long GUILD = 5;

  /** One row of the table, read from the database. */
  record Row(
      String name, String itemLevel, int missingEnchants, String rating, String professions) {}

  private final PrintWriter out;
  private final DemoWiring wiring;
  private final BattleNetSimulator simulator;
  private final DataSource dataSource;
  private final List<String> unexpected = new ArrayList<>();
  private Clock clock = Clock.systemUTC();

  private DemoDetailsStory(
      PrintWriter out, DemoWiring wiring, BattleNetSimulator simulator, DataSource dataSource) {
    this.out = out;
    this.wiring = wiring;
    this.simulator = simulator;
    this.dataSource = dataSource;
  }

  /**
   * Tells the story.
   *
   * @return the expectations that did not hold; empty when all held
   */
  static List<String> tell(
      PrintWriter out, DemoWiring wiring, BattleNetSimulator simulator, DataSource dataSource)
      throws SQLException {
    return new DemoDetailsStory(out, wiring, simulator, dataSource).tell();
  }

  private List<String> tell() throws SQLException {
    // The guild story moved its clock on: run after its last sync, as the next real run would.
    Instant last = latestSync();
    if (last.isAfter(Instant.now())) {
      clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), last).plusMinutes(1));
    }
    out.println();
    out.println(
        "The details story: --details equipment,mythic-plus,professions (the original system's"
            + " three). A detail is fetched after a login, not on a timer: each character's is due"
            + " once, then only when its last login moves.");
    CharacterSyncReport first = run("Details switched on: every profile answers 304");
    int characters = first.unchanged() + first.updated();
    expect(
        first.details().get(CharacterDetail.EQUIPMENT).fetched() == characters,
        "every character's equipment fetched once");
    List<Row> before = table();
    expect(!before.isEmpty(), "guild 5's characters in the table");

    Row who = before.get(0);
    out.println();
    out.printf(
        Locale.ROOT,
        "%s logs in, gets new gear, a higher rating and a new kill (the simulator's login).%n",
        who.name());
    simulator.details().login(Region.EU, realmOf(who.name()), who.name(), now().minusSeconds(30));
    long beforeLogin = simulator.details().requests();
    CharacterSyncReport login =
        run("The next run: " + who.name() + "'s profile is a 200 with a later login");
    long loginRequests = simulator.details().requests() - beforeLogin;
    Row after = table().get(0);
    out.printf(
        Locale.ROOT,
        "  -> %d detail requests: %s's three; item level %s -> %s, rating %s -> %s%n",
        loginRequests,
        who.name(),
        who.itemLevel(),
        after.itemLevel(),
        who.rating(),
        after.rating());
    expect(loginRequests == 3, "three detail requests after one login, not " + loginRequests);
    expect(login.details().get(CharacterDetail.MYTHIC_PLUS).fetched() == 1, "one rating refetched");
    expect(!after.itemLevel().equals(who.itemLevel()), "the new gear's item level");

    long beforeQuiet = simulator.details().requests();
    run("A run without logins: every profile answers 304");
    long quiet = simulator.details().requests() - beforeQuiet;
    out.printf(
        Locale.ROOT,
        "  -> %d detail requests (the simulator's counter): nobody logged in, nothing to refetch%n",
        quiet);
    expect(quiet == 0, "no detail request without a login, not " + quiet);
    return unexpected;
  }

  private void expect(boolean holds, String what) {
    if (!holds) {
      unexpected.add("expected " + what);
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  private Instant latestSync() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT max(last_synced_at) FROM characters");
        ResultSet r = s.executeQuery()) {
      r.next();
      java.sql.Timestamp at = r.getTimestamp(1);
      return at == null ? Instant.now() : at.toInstant();
    }
  }

  private CharacterSyncReport run(String title) {
    out.println();
    out.println(title + ".");
    CharacterSyncSettings settings =
        CharacterSyncSettings.newBuilder().staleAfter(Duration.ZERO).details(DEFAULT).build();
    RunReport report =
        wiring.run(
            Optional.empty(),
            Optional.of(settings),
            new GuildSyncListener() {},
            new CharacterSyncListener() {},
            clock);
    CharacterSyncReport characters = report.characters().orElseThrow();
    out.printf(
        Locale.ROOT,
        "  profiles: updated %d, unchanged (304) %d; details fetched: equipment %d, mythic-plus"
            + " %d, professions %d%n",
        characters.updated(),
        characters.unchanged(),
        characters.details().get(CharacterDetail.EQUIPMENT).fetched(),
        characters.details().get(CharacterDetail.MYTHIC_PLUS).fetched(),
        characters.details().get(CharacterDetail.PROFESSIONS).fetched());
    return characters;
  }

  private String realmOf(String name) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT realm FROM characters WHERE name = ?")) {
      s.setString(1, name);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  /** Guild 5's characters with their details, as a guild manager's screen would show them. */
  private List<Row> table() throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(DemoDetailsQuery.SQL)) {
      s.setLong(1, GUILD);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.add(
              new Row(
                  r.getString("name"),
                  r.getString("ilvl") == null ? "?" : r.getString("ilvl"),
                  r.getInt("missing"),
                  r.getString("rating") == null
                      ? "none"
                      : r.getString("rating") + " " + r.getString("mythic_rating_color"),
                  r.getString("professions") == null ? "" : r.getString("professions")));
        }
      }
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "  %-12s %9s %16s %-17s %s%n",
        "character",
        "item lvl",
        "missing enchants",
        "Mythic+ rating",
        "professions");
    for (Row row : rows) {
      out.printf(
          Locale.ROOT,
          "  %-12s %9s %16d %-17s %s%n",
          row.name(),
          row.itemLevel(),
          row.missingEnchants(),
          row.rating(),
          row.professions());
    }
    return rows;
  }
}
