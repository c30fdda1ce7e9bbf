package dev.guildsync.spring.app;

import dev.guildsync.core.BnetCharacterId;
import dev.guildsync.core.BnetGuildId;
import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Faction;
import dev.guildsync.core.Region;
import dev.guildsync.core.guild.GuildRoster;
import dev.guildsync.core.guild.RosterMember;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatorOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * What the service runs against in its tests: PostgreSQL from embedded binaries and the Battle.net
 * simulator on loopback, one of each per test class; the properties point the README's
 * configuration at them.
 */
final class ServiceStack implements AutoCloseable {
  private final EmbeddedPostgres postgres;
  private final BattleNetSimulator simulator;

  private ServiceStack(EmbeddedPostgres postgres, BattleNetSimulator simulator) {
    this.postgres = postgres;
    this.simulator = simulator;
  }

  static ServiceStack start() {
    try {
      return new ServiceStack(
          EmbeddedPostgres.builder().setServerConfig("fsync", "off").start(),
          BattleNetSimulator.start(SimulatorOptions.defaults()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The variables the README's {@code application.properties} reads, and the simulator's URLs. */
  Map<String, String> properties() {
    return Map.of(
        "DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
        "DB_USER", "postgres",
        "BNET_CLIENT_ID", simulator.clientId(),
        "BNET_CLIENT_SECRET", simulator.clientSecret(),
        "guildsync.battlenet.api-base-url", simulator.baseUrl().toString(),
        "guildsync.battlenet.token-url", simulator.tokenUrl().toString());
  }

  /**
   * The same properties as command-line arguments (which win over every other source), with {@code
   * overrides} ({@code --name=value}) in place of those of the same name.
   */
  String[] arguments(String... overrides) {
    Map<String, String> arguments = new LinkedHashMap<>();
    properties().forEach((name, value) -> arguments.put(name, "--" + name + "=" + value));
    for (String override : overrides) {
      arguments.put(override.substring(2, override.indexOf('=')), override);
    }
    return arguments.values().toArray(String[]::new);
  }

  /** A connection to the database that outlives the application's own pool. */
  DataSource dataSource() {
    return postgres.getPostgresDatabase();
  }

  BattleNetSimulator simulator() {
    return simulator;
  }

  /** Puts an EU guild on argent-dawn with {@code members} members on the simulator. */
  void putGuild(long bnetGuildId, String name, int members) {
    List<RosterMember> roster =
        IntStream.range(0, members)
            .mapToObj(
                i ->
                    new RosterMember(
                        BnetCharacterId.of(bnetGuildId * 100 + i),
                        new CharacterRef(Region.EU, "argent-dawn", name.replace(" ", "") + i),
                        80,
                        2,
                        3,
                        i == 0 ? 0 : 5))
            .toList();
    simulator
        .guilds()
        .put(
            Region.EU,
            new GuildRoster(
                BnetGuildId.of(bnetGuildId),
                name,
                "argent-dawn",
                Optional.of(Faction.ALLIANCE),
                roster),
            Instant.parse("2026-11-20T18:00:00Z"));
  }

  @Override
  public void close() throws IOException {
    simulator.close();
    postgres.close();
  }
}
