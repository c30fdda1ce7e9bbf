package dev.guildsync.example;

import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatedGuild;
import java.io.PrintWriter;
import java.util.List;

/** What {@code simulator} prints at start: where it is, its world, and a session to copy. */
final class SimulatorSession {
  private static final String JAR = "java -jar sync-example-app/target/sync-example-app.jar";

  private SimulatorSession() {}

  static void print(
      PrintWriter out, BattleNetSimulator simulator, List<SimulatedGuild> guilds, int characters) {
    String api = simulator.baseUrl().toString();
    String token = simulator.tokenUrl().toString();
    out.printf("Battle.net simulator on %s (token endpoint %s)%n", api, token);
    out.printf(
        "World (region eu): %s of 20 members, %s without a guild.%n",
        Plural.count(guilds.size(), "guild", "guilds"),
        Plural.count(characters, "character", "characters"));
    for (SimulatedGuild guild : guilds) {
      out.printf(
          "  %-28s realm %-20s Battle.net id %d%n",
          guild.roster().name(), guild.ref().realmSlug(), guild.id().value());
    }
    out.println();
    out.println("Its credentials (the simulator's own; it accepts no others):");
    out.printf(
        "  export BNET_CLIENT_ID=%s BNET_CLIENT_SECRET=%s%n",
        SimulatorCommand.OPTIONS.clientId(), SimulatorCommand.OPTIONS.clientSecret());
    out.println();
    out.println("Try, in another terminal, with a PostgreSQL database at URL:");
    out.println(
        "  URL=jdbc:postgresql://localhost:5432/guilds   # and GUILDSYNC_DB_PASSWORD if needed");
    out.printf("  %s migrate --jdbc-url \"$URL\"%n", JAR);
    if (!guilds.isEmpty()) {
      SimulatedGuild first = guilds.get(0);
      out.printf(
          "  %s track-guild --jdbc-url \"$URL\" --region eu --realm %s --name \"%s\"%n",
          JAR, first.ref().realmSlug(), first.roster().name());
    }
    String endpoints = " --api-base-url " + api + " --oauth-token-url " + token;
    out.printf("  %s sync --jdbc-url \"$URL\"%s%n", JAR, endpoints);
    out.printf("  %s run --every 1m --http-port 9464 --jdbc-url \"$URL\"%s%n", JAR, endpoints);
    out.println();
    out.println("Ctrl-C stops the simulator.");
  }
}
