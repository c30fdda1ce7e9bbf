package dev.guildsync.modulecheck;

import dev.guildsync.GuildSync;
import dev.guildsync.RunReport;
import dev.guildsync.bnet.BattleNetClient;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterSyncOutcome;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.guild.GuildSyncOutcome;
import dev.guildsync.core.guild.GuildSyncReport;
import dev.guildsync.core.guild.MemberEventKind;
import dev.guildsync.jooq.JooqStore;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatedGuild;
import dev.guildsync.testing.MutableClock;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What a modular application does with guildsync, in a few lines: migrate a PostgreSQL database
 * with Flyway from the jOOQ adapter's scripts, check the schema, track a guild that the simulator
 * serves, then run the guild sync and the character sync over the Battle.net client. It prints the
 * modules its guildsync classes came from and what the two runs did; any failure ends it with a
 * stack trace and a non-zero exit.
 */
public final class ModulePathApp {
  private static final int MEMBERS = 5;

  private ModulePathApp() {}

  /**
   * Runs the check.
   *
   * @param args the JDBC URL, user and password of an empty PostgreSQL database
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: ModulePathApp JDBC_URL USER PASSWORD");
      System.exit(2);
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(args[0]);
    dataSource.setUser(args[1]);
    dataSource.setPassword(args[2]);
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:" + JooqStore.MIGRATION_LOCATION)
        .table(JooqStore.HISTORY_TABLE)
        .load()
        .migrate();
    JooqStore store = JooqStore.create(dataSource);
    store.verifySchema();
    System.out.println("modules: " + modules());

    try (BattleNetSimulator simulator = BattleNetSimulator.start();
        BattleNetClient client =
            BattleNetClient.newBuilder()
                .clientId(simulator.clientId())
                .clientSecret(simulator.clientSecret())
                .apiBaseUrl(simulator.baseUrl())
                .tokenUrl(simulator.tokenUrl())
                .build()) {
      SimulatedGuild guild =
          simulator.guilds().generate(Region.EU, 1, MEMBERS, 7L, Instant.now()).get(0);
      store.trackGuild(Region.EU, guild.ref().realmSlug(), guild.roster().name());
      RunReport run = GuildSync.newBuilder().store(store).battleNet(client).build().run();
      GuildSyncReport guildRun = run.guilds().orElseThrow();
      CharacterSyncReport characterRun = run.characters().orElseThrow();
      System.out.printf(
          "guild sync: %d updated, %d joined%n",
          guildRun.count(GuildSyncOutcome.UPDATED), guildRun.count(MemberEventKind.JOINED));
      System.out.printf(
          "character sync: %d updated of %d%n",
          characterRun.count(CharacterSyncOutcome.UPDATED), characterRun.characters());
      System.out.printf("requests sent: %d%n", run.requests().sent());
    }
  }

  /** The module of one class from each guildsync artifact: unnamed if it was not loaded as one. */
  private static String modules() {
    return Stream.of(
            GuildSync.class,
            JooqStore.class,
            BattleNetClient.class,
            BattleNetSimulator.class,
            MutableClock.class)
        .map(type -> String.valueOf(type.getModule().getName()))
        .collect(Collectors.joining(" "));
  }
}
