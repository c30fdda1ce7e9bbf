package dev.guildsync.example;

import dev.guildsync.bnet.simulator.BattleNetSimulator;
import dev.guildsync.core.character.CharacterOutcome;
import dev.guildsync.core.character.CharacterSyncListener;
import dev.guildsync.core.character.CharacterSyncSettings;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: the whole story on this machine, with no setup. Embedded PostgreSQL, the Battle.net
 * simulator on a free loopback port, a world with one character per rule, two sync runs, and what
 * happened to each character and why; then a guild's life at Battle.net, run by run ({@link
 * DemoGuildStory}).
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Runs two character syncs, then a guild's life in guild syncs, on embedded PostgreSQL"
            + " against a built-in Battle.net simulator and explains every outcome. Needs no flags"
            + " and no setup.")
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws SQLException {
    PrintWriter out = spec.commandLine().getOut();
    try (StartedResources resources = new StartedResources("demo")) {
      out.println("Starting embedded PostgreSQL 17 and the Battle.net simulator...");
      EmbeddedDatabase db = resources.add(EmbeddedDatabase.start(false));
      Schema.migrate(db.jdbcUrl(), db.user(), new Environment(Map.of()));
      DemoWorld.seedDatabase(db.dataSource());
      BattleNetSimulator simulator = resources.add(DemoBattleNet.start());
      out.printf(
          "  database  %s%n  Battle.net simulator  %s%n%n", db.jdbcUrl(), simulator.baseUrl());

      DemoReport.originalBug(out, db.dataSource());

      SyncWiring wiring =
          resources.add(
              SyncWiring.connect(
                  db.dataSource(),
                  new SyncWiring.BnetSettings(
                      DemoBattleNet.CLIENT_ID,
                      DemoBattleNet.CLIENT_SECRET,
                      Optional.of(simulator.baseUrl()),
                      Optional.of(simulator.tokenUrl()),
                      100,
                      36_000)));

      out.println(
          "Run 1: every character is new, so every one is fetched. Ðrakh's recorded Battle.net id"
              + " was never validated, so the same run also asks the status endpoint (Blizzard's"
              + " 30-day rule): the name belongs to another id now, so Ðrakh is purged.");
      Run first = run(wiring, CharacterSyncSettings.newBuilder().build());
      DemoReport.outcomes(out, first.outcomes());
      Summary.print(out, first.outcome().report(), first.outcome().requests());

      List<DemoReport.Row> afterFirst = DemoReport.rows(db.dataSource());
      out.println();
      out.println(
          "Run 2: --stale-after PT0S makes every available character due again. Each is asked with"
              + " If-Modified-Since and Battle.net answers 304; unavailable ones wait for their"
              + " recheck.");
      Run second =
          run(wiring, CharacterSyncSettings.newBuilder().staleAfter(Duration.ZERO).build());
      DemoReport.outcomes(out, second.outcomes());
      Summary.print(out, second.outcome().report(), second.outcome().requests());
      List<DemoReport.Row> afterSecond = DemoReport.rows(db.dataSource());

      out.println();
      DemoReport.table(out, afterSecond);
      out.println();
      out.println(
          afterFirst.equals(afterSecond)
              ? "Idempotent: run 2 left every row as run 1 did (only last_synced_at moved)."
              : "NOT idempotent: run 2 changed rows that run 1 wrote.");

      List<String> unexpected = DemoGuildStory.tell(out, wiring, simulator, db.dataSource());
      out.println();
      out.println(
          unexpected.isEmpty()
              ? "Every expectation of the guild story held."
              : "The guild story went differently than expected: " + String.join("; ", unexpected));
      out.flush();
      return afterFirst.equals(afterSecond) && unexpected.isEmpty() ? ExitCode.OK : ExitCode.FATAL;
    }
  }

  private record Run(SyncWiring.Outcome outcome, List<CharacterOutcome> outcomes) {}

  private static Run run(SyncWiring wiring, CharacterSyncSettings settings) {
    List<CharacterOutcome> outcomes = new ArrayList<>();
    CharacterSyncListener collect =
        new CharacterSyncListener() {
          @Override
          public void characterSynced(CharacterOutcome outcome) {
            outcomes.add(outcome);
          }
        };
    return new Run(wiring.runOnce(settings, collect, Clock.systemUTC()), outcomes);
  }
}
