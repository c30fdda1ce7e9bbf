package dev.guildsync.demo;

import dev.guildsync.GuildSync;
import dev.guildsync.Phase;
import dev.guildsync.RunReport;
import dev.guildsync.bnet.BattleNetClient;
import dev.guildsync.core.character.CharacterSyncListener;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.guild.GuildSyncListener;
import dev.guildsync.core.guild.GuildSyncSettings;
import dev.guildsync.jooq.JooqStore;
import dev.guildsync.simulator.BattleNetSimulator;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The library wired through its front door: one {@link JooqStore} on the demo's database, one
 * Battle.net client on the simulator at Battle.net's own quota (100/s, 36,000/h), and a {@link
 * GuildSync} per run. Closing it closes the client.
 */
final class DemoWiring implements AutoCloseable {
  private final JooqStore store;
  private final BattleNetClient client;

  DemoWiring(DataSource dataSource, BattleNetSimulator simulator) {
    this.store = JooqStore.create(dataSource);
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

  JooqStore store() {
    return store;
  }

  /** One run: the guild phase when {@code guilds} is present, then the character phase. */
  RunReport run(
      Optional<GuildSyncSettings> guilds,
      Optional<CharacterSyncSettings> characters,
      GuildSyncListener guildListener,
      CharacterSyncListener characterListener,
      Clock clock) {
    Set<Phase> phases = EnumSet.noneOf(Phase.class);
    guilds.ifPresent(g -> phases.add(Phase.GUILDS));
    characters.ifPresent(c -> phases.add(Phase.CHARACTERS));
    return GuildSync.newBuilder()
        .store(store)
        .battleNet(client)
        .phases(phases)
        .guildSettings(guilds.orElseGet(GuildSyncSettings::defaults))
        .characterSettings(characters.orElseGet(CharacterSyncSettings::defaults))
        .guildListener(guildListener)
        .characterListener(characterListener)
        .clock(clock)
        .build()
        .run();
  }

  @Override
  public void close() {
    client.close();
  }
}
