package dev.guildsync.demo;

import dev.guildsync.RunReport;
import dev.guildsync.core.character.CharacterOutcome;
import dev.guildsync.core.character.CharacterSyncListener;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.guild.GuildSyncListener;
import dev.guildsync.simulator.BattleNetSimulator;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo: the whole story on this machine, with no setup. Embedded PostgreSQL, the Battle.net
 * simulator on a free loopback port, a world with one character per rule, two sync runs, and what
 * happened to each character and why; then a guild's life at Battle.net, run by run ({@link
 * DemoGuildStory}), and the details fetched after a login ({@link DemoDetailsStory}). The example
 * app's {@code demo} command runs it.
 */
public final class Demo {
  private Demo() {}

  /**
   * Tells the story on {@code out}, with each run's summary printed by {@code summary}; everything
   * it started is stopped on return, also on failure and on Ctrl-C.
   *
   * @return true when every expectation held, idempotence included
   * @throws dev.guildsync.core.SyncException when embedded PostgreSQL does not start
   * @throws SQLException when the demo's own queries fail
   */
  public static boolean tell(PrintWriter out, SummaryPrinter summary) throws SQLException {
    try (StartedResources resources = new StartedResources("demo")) {
      out.println("Starting embedded PostgreSQL 17 and the Battle.net simulator...");
      EmbeddedDatabase db = resources.add(EmbeddedDatabase.start(false));
      db.migrate();
      DemoWorld.seedDatabase(db.dataSource());
      BattleNetSimulator simulator = resources.add(DemoBattleNet.start());
      out.printf(
          "  database  %s%n  Battle.net simulator  %s%n%n", db.jdbcUrl(), simulator.baseUrl());

      out.printf(
          "The application's tables: %d characters, and guilds with local ids 5 and 6, ids the"
              + " application chose when it inserted them (a service that already has guild rows"
              + " keeps its keys; guildsync accepts them and never picks one). Both are Battle.net"
              + " guild %d, one in eu and one in us: Battle.net ids are per region.%n%n",
          DemoWorld.CHARACTERS.size(), DemoWorld.LONG_WATCH);
      DemoReport.originalBug(out, db.dataSource());

      DemoWiring wiring = resources.add(new DemoWiring(db.dataSource(), simulator));

      out.println(
          "Run 1: every character is new, so every one is fetched. Ðrakh's recorded Battle.net id"
              + " was never validated, so the same run also asks the status endpoint (Blizzard's"
              + " 30-day rule): the name belongs to another id now, so Ðrakh is purged.");
      Run first = run(wiring, CharacterSyncSettings.newBuilder().build());
      DemoReport.outcomes(out, first.outcomes());
      summary.print(out, first.outcome());
      long characters = first.outcomes().stream().map(o -> o.character().key()).distinct().count();
      if (characters < first.outcomes().size()) {
        out.printf(
            "  (%d syncs of %d characters: Ðrakh is counted twice, its profile fetch and then its"
                + " status check, two syncs of one character in one run.)%n",
            first.outcomes().size(), characters);
      }

      List<DemoReport.Row> afterFirst = DemoReport.rows(db.dataSource());
      out.println();
      out.println(
          "Run 2: --stale-after PT0S makes every available character due again. Each is asked with"
              + " If-Modified-Since and Battle.net answers 304; unavailable ones wait for their"
              + " recheck.");
      Run second =
          run(wiring, CharacterSyncSettings.newBuilder().staleAfter(Duration.ZERO).build());
      DemoReport.outcomes(out, second.outcomes());
      summary.print(out, second.outcome());
      List<DemoReport.Row> afterSecond = DemoReport.rows(db.dataSource());

      out.println();
      DemoReport.table(out, afterSecond);
      out.println();
      out.println(
          afterFirst.equals(afterSecond)
              ? "Idempotent: run 2 left every row as run 1 did (only last_synced_at moved)."
              : "NOT idempotent: run 2 changed rows that run 1 wrote.");

      List<String> unexpected =
          DemoGuildStory.tell(out, wiring, simulator, db.dataSource(), summary);
      out.println();
      out.println(
          unexpected.isEmpty()
              ? "Every expectation of the guild story held."
              : "The guild story went differently than expected: " + String.join("; ", unexpected));
      List<String> details = DemoDetailsStory.tell(out, wiring, simulator, db.dataSource());
      out.println();
      out.println(
          details.isEmpty()
              ? "Every expectation of the details story held."
              : "The details story went differently than expected: " + String.join("; ", details));
      out.println();
      out.println(
          "That was guildsync: guilds by roster, characters by profile, local keys never confused"
              + " with Battle.net's ids, every outcome kept and explained.");
      out.println(
          "Next: run `simulator` and follow the session it prints to try the commands on your own"
              + " PostgreSQL, or read \"Use it in your service\" in the README to embed it.");
      out.flush();
      return afterFirst.equals(afterSecond) && unexpected.isEmpty() && details.isEmpty();
    }
  }

  private record Run(RunReport outcome, List<CharacterOutcome> outcomes) {}

  private static Run run(DemoWiring wiring, CharacterSyncSettings settings) {
    List<CharacterOutcome> outcomes = new ArrayList<>();
    CharacterSyncListener collect =
        new CharacterSyncListener() {
          @Override
          public void characterSynced(CharacterOutcome outcome) {
            outcomes.add(outcome);
          }
        };
    RunReport outcome =
        wiring.run(
            Optional.empty(),
            Optional.of(settings),
            new GuildSyncListener() {},
            collect,
            Clock.systemUTC());
    return new Run(outcome, outcomes);
  }
}
