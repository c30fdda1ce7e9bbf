package dev.guildsync.bnet;

import dev.guildsync.core.CharacterRef;
import dev.guildsync.core.Region;
import dev.guildsync.simulator.BattleNetSimulator;
import java.time.Duration;

/** Builders pointed at a simulator, with short back-off so failure tests stay quick. */
final class TestClients {
  private TestClients() {}

  static BattleNetClient.Builder forSimulator(BattleNetSimulator simulator) {
    return BattleNetClient.newBuilder()
        .clientId(simulator.clientId())
        .clientSecret(simulator.clientSecret())
        .apiBaseUrl(simulator.baseUrl())
        .tokenUrl(simulator.tokenUrl())
        .retryBaseDelay(Duration.ofMillis(20))
        .requestTimeout(Duration.ofSeconds(5));
  }

  static CharacterRef eu(String realm, String name) {
    return new CharacterRef(Region.EU, realm, name);
  }
}
