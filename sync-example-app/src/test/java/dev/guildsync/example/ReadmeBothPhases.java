package dev.guildsync.example;

// readme:wiring
import dev.guildsync.GuildSync;
import dev.guildsync.RunReport;
import dev.guildsync.bnet.BattleNetClient;
import dev.guildsync.core.Region;
import dev.guildsync.jooq.JooqStore;
import java.net.URI;
import javax.sql.DataSource;

// readme:end

/**
 * The README's wiring of both phases, word for word: the lines between each {@code readme:wiring}
 * and the next {@code readme:end} make the README's block ({@link ReadmeWiringTest} checks it;
 * {@link ReadmeWiringIT} runs it). Edit them together.
 */
final class ReadmeBothPhases {
  private ReadmeBothPhases() {}

  // readme:wiring
  static RunReport syncOnce(
      DataSource dataSource, String clientId, String clientSecret, URI apiBaseUrl, URI tokenUrl) {
    JooqStore store = JooqStore.create(dataSource); // your pool: guildsync owns none
    store.verifySchema(); // fails fast: "schema missing: ..."
    store.trackGuild(Region.EU, "argent-dawn", "The Long Watch"); // by name; its id comes later
    try (BattleNetClient battleNet =
        BattleNetClient.newBuilder()
            .clientId(clientId)
            .clientSecret(clientSecret)
            .apiBaseUrl(apiBaseUrl) // optional (a proxy); default Battle.net's regional hosts
            .tokenUrl(tokenUrl) // optional; default Battle.net's OAuth endpoint
            .build()) {
      GuildSync sync = GuildSync.newBuilder().store(store).battleNet(battleNet).build();
      return sync.run(); // guilds first, then characters (the rosters' new members too)
    }
  }
  // readme:end
}
