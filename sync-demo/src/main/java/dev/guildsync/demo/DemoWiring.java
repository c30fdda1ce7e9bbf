package dev.guildsync.demo;

import dev.guildsync.bnet.BattleNetClient;
import dev.guildsync.bnet.BattleNetClient.RequestStats;
import dev.guildsync.core.character.CharacterSyncListener;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.guild.GuildSyncListener;
import dev.guildsync.core.guild.GuildSyncReport;
import dev.guildsync.core.guild.GuildSyncService;
import dev.guildsync.core.guild.GuildSyncSettings;
import dev.guildsync.jooq.JooqCharacterStore;
import dev.guildsync.jooq.JooqGuildStore;
import dev.guildsync.simulator.BattleNetSimulator;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The library wired straight from the services' builders: the jOOQ stores on the demo's database
 * and a Battle.net client on the simulator, at Battle.net's own quota (100/s, 36,000/h). Closing it
 * closes the client.
 */
final class DemoWiring implements AutoCloseable {
  private final JooqCharacterStore store;
  private final JooqGuildStore guildStore;
  private final BattleNetClient client;

  DemoWiring(DataSource dataSource, BattleNetSimulator simulator) {
    this.store = JooqCharacterStore.create(dataSource);
    this.guildStore = JooqGuildStore.create(dataSource);
    this.client =
        BattleNetClient.newBuilder()
            .clientId(DemoBattleNet.CLIENT_ID)
            .clientSecret(DemoBattleNet.CLIENT_SECRET)
            .apiBaseUrl(simulator.baseUrl())
            .tokenUrl(simulator.tokenUrl())
            .requestsPerSecond(100)
            .requestsPerHour(36_000)
            .build();
  }

  JooqGuildStore guildStore() {
    return guildStore;
  }

  /** One run: the guild phase when {@code guilds} is present, then the character phase. */
  DemoOutcome run(
      Optional<GuildSyncSettings> guilds,
      Optional<CharacterSyncSettings> characters,
      GuildSyncListener guildListener,
      CharacterSyncListener characterListener,
      Clock clock) {
    RequestStats before = client.stats();
    Optional<GuildSyncReport> guildReport =
        guilds.map(
            settings ->
                GuildSyncService.newBuilder()
                    .guildStore(guildStore)
                    .rosterSource(client)
                    .clock(clock)
                    .settings(settings)
                    .listener(guildListener)
                    .build()
                    .run());
    Optional<CharacterSyncReport> characterReport =
        characters.map(
            settings ->
                CharacterSyncService.newBuilder()
                    .guildLookup(store)
                    .guildRegistry(guildStore)
                    .characterStore(store)
                    .profileSource(client)
                    .clock(clock)
                    .settings(settings)
                    .listener(characterListener)
                    .build()
                    .run());
    RequestStats after = client.stats();
    return new DemoOutcome(
        guildReport,
        characterReport,
        new RequestStats(
            after.sent() - before.sent(),
            after.retried() - before.retried(),
            after.throttled() - before.throttled()));
  }

  @Override
  public void close() {
    client.close();
  }
}
