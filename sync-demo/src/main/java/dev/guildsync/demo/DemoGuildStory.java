package dev.guildsync.demo;

import static dev.guildsync.demo.DemoGuildWorld.BRANNOC;
import static dev.guildsync.demo.DemoGuildWorld.ELOWEN;
import static dev.guildsync.demo.DemoGuildWorld.MORWENNA;
import static dev.guildsync.demo.DemoGuildWorld.QUILLON;
import static dev.guildsync.demo.DemoGuildWorld.QUILLON_NEW_NAME;
import static dev.guildsync.demo.DemoGuildWorld.SEFA;

import dev.guildsync.core.guild.GuildOutcome;
import dev.guildsync.core.guild.GuildSyncOutcome;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatedGuild;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The guild story, first half: a guild tracked by name only learns its Battle.net id from its first
 * roster, then members join, leave, come back, change rank and change name, run by run. The {@link
 * DemoGuildMoves second half} moves and loses the guild; {@link DemoGuildEnd} shows the tables and
 * checks idempotence.
 */
final class DemoGuildStory {
  private final PrintWriter out;
  private final DemoGuildRuns runs;
  private final DemoGuildReport db;
  private final SimulatedGuild guild;
  private final long vigil;
  private final SummaryPrinter summary;
  private long lastEvent;
  private int step;

  private DemoGuildStory(
      PrintWriter out,
      DemoGuildRuns runs,
      DemoGuildReport db,
      SimulatedGuild guild,
      long vigil,
      SummaryPrinter summary) {
    this.out = out;
    this.runs = runs;
    this.db = db;
    this.guild = guild;
    this.vigil = vigil;
    this.summary = summary;
  }

  /**
   * Tells the whole guild story on {@code wiring}'s database and {@code simulator}; {@code summary}
   * prints the last run's report.
   *
   * @return the expectations that did not hold, idempotence included; empty when all held
   */
  static List<String> tell(
      PrintWriter out,
      DemoWiring wiring,
      BattleNetSimulator simulator,
      DataSource dataSource,
      SummaryPrinter summary)
      throws SQLException {
    out.println();
    out.println(
        "The guild story: one guild's life at Battle.net, run by run, on the same database and"
            + " simulator.");
    DemoGuildRuns runs = new DemoGuildRuns(wiring, out);
    DemoGuildReport db = new DemoGuildReport(dataSource);
    SimulatedGuild guild =
        DemoGuildWorld.putVigil(
            simulator, runs.clock().instant().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60));
    long vigil =
        wiring
            .store()
            .trackGuild(DemoGuildWorld.REGION, DemoGuildWorld.REALM, DemoGuildWorld.NAME)
            .value();
    DemoGuildStory story = new DemoGuildStory(out, runs, db, guild, vigil, summary);
    story.firstRoster();
    story.membersComeAndGo();
    DemoGuildMoves moves = new DemoGuildMoves(story, simulator, guild);
    moves.guildRenamed();
    moves.untrackedGuildRegistered();
    moves.notFoundKeptAndRechecked();
    new DemoGuildEnd(story, dataSource).tablesAndIdempotence();
    return runs.unexpected();
  }

  private void firstRoster() throws SQLException {
    DemoGuildReport.Guild tracked = db.guild(vigil);
    out.printf(
        Locale.ROOT,
        "\"%s\" on eu/%s is tracked by name only (as track-guild does): local guild %d,"
            + " bnet_guild_id %s.%n",
        tracked.name(),
        tracked.realm(),
        vigil,
        tracked.bnetGuildId());
    runs.expect(tracked.bnetGuildId().equals("NULL"), "a guild tracked by name to have no id");

    GuildOutcome first =
        guildRun(
            "its first roster, asked for by realm and name slug (GET /data/wow/guild/%s/%s/roster).",
            tracked.realm(), tracked.nameSlug());
    DemoGuildReport.Guild synced = db.guild(vigil);
    List<DemoGuildReport.Member> members = db.members(vigil);
    runs.says(
        "updated: bnet_guild_id %s, learned from the roster's guild id (G1)", synced.bnetGuildId());
    runs.says(
        "%d characters created from the roster (members have no local row yet), each linked:"
            + " characters.guild_id %d (G2, G4)",
        first.charactersCreated(), vigil);
    runs.says(
        "guild master %s (leader_character_id), %d ranks with default names (G5, G6)",
        synced.leader(), db.ranks(vigil).size());
    out.println(
        "  The original bug's root, fixed: the guild's Battle.net id is learned, never typed in.");
    events();
    runs.expect(
        synced.bnetGuildId().equals(Long.toString(DemoGuildWorld.VIGIL.value())),
        "the roster to teach bnet_guild_id " + DemoGuildWorld.VIGIL);
    runs.expect(
        members.size() == 5
            && members.stream().allMatch(m -> m.characterGuildId().equals(Long.toString(vigil))),
        "5 members, each linked to guild " + vigil);
    runs.expect(synced.leader().equals(MORWENNA.name()), "Morwenna as the guild master");
  }

  private void membersComeAndGo() throws SQLException {
    guild.join(SEFA.roster());
    guildRun("Sefa joins the guild at Battle.net.");
    DemoGuildReport.Member sefa = member(SEFA);
    runs.says(
        "Sefa: character %d created and linked (guild_id %s), member at rank %d since %s",
        sefa.characterId(), sefa.characterGuildId(), sefa.rank(), sefa.joinedAt());
    events();

    guild.leave(BRANNOC.bnetId());
    guildRun("Brannoc leaves at Battle.net: he is missing from the roster.");
    DemoGuildReport.Member once = member(BRANNOC);
    runs.says(
        "Brannoc: missing from %d roster, %d in a row make a leave (rosters are cached and"
            + " sometimes stale): still a member, left_at %s, no event",
        once.missedRosters(), 2, once.leftAt());
    events();
    runs.expect(once.leftAt().equals("NULL"), "no leave after one missing roster");

    GuildOutcome notModified = guildRun("nothing changed at Battle.net since the last run.");
    runs.says(
        "304 Not Modified: %s, only last_synced_at moved, no event; a 304 confirms no leave"
            + " (Brannoc still missed %d)",
        notModified.result().outcome().name().toLowerCase(Locale.ROOT),
        member(BRANNOC).missedRosters());
    events();
    runs.expect(
        notModified.result().outcome() == GuildSyncOutcome.UNCHANGED
            && notModified.events().isEmpty(),
        "a 304 to change nothing");

    guild.changeRank(ELOWEN.bnetId(), 1);
    guildRun("Elowen is promoted from rank 2 to rank 1; Brannoc is still missing.");
    DemoGuildReport.Member left = member(BRANNOC);
    runs.says(
        "Brannoc: missing from %d received rosters in a row: left on %s (left_at, set once and"
            + " never moved), characters.guild_id %s",
        left.missedRosters(), left.leftAt(), left.characterGuildId());
    runs.says(
        "Elowen: rank %d now, event rank_changed; rank 2 keeps its row with %d members (G5)",
        member(ELOWEN).rank(), rankCount(2));
    events();
    runs.expect(!left.leftAt().equals("NULL"), "Brannoc's leave recorded with its date");
    runs.expect(left.characterGuildId().equals("NULL"), "Brannoc's guild link cleared");

    guild.join(BRANNOC.roster());
    guildRun("Brannoc is back in the roster.");
    DemoGuildReport.Member back = member(BRANNOC);
    runs.says(
        "Brannoc: rejoined, the same character %d: left_at %s, joined_at %s kept, guild_id %s",
        back.characterId(), back.leftAt(), back.joinedAt(), back.characterGuildId());
    events();
    runs.expect(
        back.leftAt().equals("NULL") && back.characterId() == left.characterId(),
        "Brannoc rejoined in the same row");

    long quillon = db.character(QUILLON.id());
    guild.renameMember(QUILLON.bnetId(), QUILLON_NEW_NAME);
    guildRun(
        "Quillon pays for a name change and is now %s (same Battle.net id %d).",
        QUILLON_NEW_NAME, QUILLON.id());
    DemoGuildReport.Member renamed = member(QUILLON);
    runs.says(
        "%s: renamed in place, still local character %d with its history and membership (G2);"
            + " the original name-keyed diff made it a leave plus a new character",
        renamed.name(), renamed.characterId());
    events();
    runs.expect(
        renamed.characterId() == quillon && renamed.name().equals(QUILLON_NEW_NAME),
        "the renamed member to keep local id " + quillon);
  }

  /** Starts a step with a guild run: its number, what happened at Battle.net, the outcome. */
  GuildOutcome guildRun(String format, Object... args) {
    step("guild sync", format, args);
    return runs.guilds().guild(vigil);
  }

  /** Prints a step's heading: its number, the phases it runs, what happened at Battle.net. */
  void step(String phases, String format, Object... args) {
    out.printf(Locale.ROOT, "Step %d (%s): ", ++step, phases);
    out.printf(Locale.ROOT, format + "%n", args);
  }

  /** Prints the guild's events recorded since the last call, one line each. */
  void events() throws SQLException {
    for (DemoGuildReport.Event e : db.events(vigil, lastEvent)) {
      out.printf(
          Locale.ROOT,
          "     event %-12s %s (character %d)%s at %s%n",
          e.kind(),
          e.name(),
          e.characterId(),
          e.detail().isEmpty() ? "" : " " + e.detail(),
          e.occurredAt());
      lastEvent = e.id();
    }
  }

  private DemoGuildReport.Member member(DemoGuildWorld.Member who) throws SQLException {
    return db.member(vigil, db.character(who.id()));
  }

  private int rankCount(int rank) throws SQLException {
    return db.ranks(vigil).stream()
        .filter(r -> r.rank() == rank)
        .mapToInt(DemoGuildReport.Rank::memberCount)
        .findFirst()
        .orElse(-1);
  }

  PrintWriter out() {
    return out;
  }

  DemoGuildRuns runs() {
    return runs;
  }

  DemoGuildReport db() {
    return db;
  }

  long vigil() {
    return vigil;
  }

  SummaryPrinter summary() {
    return summary;
  }
}
