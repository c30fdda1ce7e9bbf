package com.example.guildsite;

import dev.guildsync.GuildSync;
import dev.guildsync.RunReport;
import dev.guildsync.bnet.BattleNetClient;
import dev.guildsync.jooq.JooqStore;
import java.net.URI;
import javax.sql.DataSource;

/**
 * The whole sync, built once when the site starts: guilds first (rosters, members, ranks), then
 * characters (profiles, guild links). Call {@link #run()} from your scheduler; close at shutdown.
 */
public final class SiteSync implements AutoCloseable {
  private final BattleNetClient battleNet;
  private final GuildSync sync;

  // guide:wiring
  /**
   * @param apiBaseUrl Battle.net's API, or a stand-in such as the simulator; {@code null} for
   *     Battle.net's own regional hosts
   * @param tokenUrl Battle.net's OAuth token endpoint, or a stand-in; {@code null} for Battle.net's
   */
  public SiteSync(
      DataSource dataSource,
      String clientId,
      String clientSecret,
      URI apiBaseUrl,
      URI tokenUrl,
      RosterNews news) {
    JooqStore store = JooqStore.create(dataSource); // your pool: guildsync opens none
    store.verifySchema(); // fails fast, naming what is missing
    BattleNetClient.Builder client =
        BattleNetClient.newBuilder().clientId(clientId).clientSecret(clientSecret);
    if (apiBaseUrl != null) {
      client.apiBaseUrl(apiBaseUrl).tokenUrl(tokenUrl);
    }
    this.battleNet = client.build();
    this.sync =
        GuildSync.newBuilder().store(store).battleNet(battleNet).guildListener(news).build();
  }

  /** One run: the due guilds, then the due characters. */
  public RunReport run() {
    return sync.run();
  }
  // guide:end

  @Override
  public void close() {
    battleNet.close();
  }
}
