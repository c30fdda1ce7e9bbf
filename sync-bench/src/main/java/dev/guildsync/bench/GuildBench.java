package dev.guildsync.bench;

import com.zaxxer.hikari.HikariDataSource;
import dev.guildsync.demo.StartedResources;
import dev.guildsync.example.SyncWiring;
import dev.guildsync.simulator.BattleNetSimulator;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Runs the guild measurements (6: a roster's save; 7: the quota economy of guild sync) that the
 * plan selects, each on fresh databases in the bench's PostgreSQL server, and adds their rows.
 */
final class GuildBench {
  private final StartedResources resources;
  private final DataSource server;
  private final String jdbcUrl;
  private final String user;

  GuildBench(StartedResources resources, DataSource server, String jdbcUrl, String user) {
    this.resources = resources;
    this.server = server;
    this.jdbcUrl = jdbcUrl;
    this.user = user;
  }

  void run(
      BenchPlan plan,
      BattleNetSimulator simulator,
      Function<DataSource, SyncWiring> wiring,
      BenchReport report,
      BenchLog log)
      throws SQLException {
    GuildPlan guilds = plan.guilds();
    if (plan.runs(BenchSection.ROSTER_SAVE)) {
      HikariDataSource db = fresh("bench_roster_save");
      RosterSaveBench saves =
          new RosterSaveBench(db, guilds.rosterMembers(), guilds.rosterChanges());
      GuildBenchRows.rosterSave(report, saves.measure(guilds.rosterRepetitions(), log));
    }
    if (plan.runs(BenchSection.GUILD_ECONOMY)) {
      log.progress(
          "7 guild economy: generating %,d guilds x %,d members in the simulator...",
          guilds.guilds(), guilds.members());
      GuildEconomyBench economy =
          new GuildEconomyBench(simulator, guilds.guilds(), guilds.members(), plan.syncSettings());
      HikariDataSource first = fresh("bench_guilds_first");
      var withGuilds = economy.guildsFirst(first, wiring.apply(first), log);
      HikariDataSource alone = fresh("bench_characters_alone");
      var charactersAlone = economy.charactersAlone(alone, wiring.apply(alone), log);
      GuildBenchRows.economy(
          report,
          new GuildEconomyBench.Result(
              economy.guilds(), economy.members(), withGuilds, charactersAlone));
    }
  }

  private HikariDataSource fresh(String name) throws SQLException {
    return resources.add(BenchDatabases.fresh(server, jdbcUrl, user, name));
  }
}
