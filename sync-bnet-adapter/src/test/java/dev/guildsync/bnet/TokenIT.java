package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.guildsync.core.CredentialsRejectedException;
import dev.guildsync.core.FetchResult;
import dev.guildsync.core.Region;
import dev.guildsync.core.character.CharacterProfile;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.simulator.SimulatorFixtures;
import dev.guildsync.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OAuth client-credentials tokens against the simulator's token endpoint. */
class TokenIT {
  private BattleNetSimulator sim;

  @BeforeEach
  void start() {
    sim = BattleNetSimulator.start();
    sim.putRawCharacter(
        Region.EU,
        "argent-dawn",
        "Ærøn",
        SimulatorFixtures.read(SimulatorFixtures.GUILDED),
        Instant.parse("2025-11-20T10:00:00Z"));
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private FetchResult<CharacterProfile> fetch(BattleNetClient client) {
    return client.fetchProfile(TestClients.eu("argent-dawn", "Ærøn"), Optional.empty());
  }

  @Test
  void tokenIsCachedAcrossRequests() {
    try (var client = TestClients.forSimulator(sim).build()) {
      for (int i = 0; i < 5; i++) {
        assertThat(fetch(client)).isInstanceOf(FetchResult.Found.class);
      }
    }
    assertThat(sim.stats().tokenRequests()).isEqualTo(1);
    assertThat(sim.stats().profileRequests()).isEqualTo(5);
  }

  @Test
  void tokenIsRefreshedBeforeItExpires() {
    var clock = new MutableClock(Instant.now());
    try (var client = TestClients.forSimulator(sim).clock(clock).build()) {
      fetch(client);
      clock.advance(Duration.ofHours(23).plusMinutes(58)); // 24 h tokens: 2 min left, still valid
      fetch(client);
      assertThat(sim.stats().tokenRequests()).isEqualTo(1);
      clock.advance(Duration.ofSeconds(90)); // 30 s left: under the 60 s margin
      assertThat(fetch(client)).isInstanceOf(FetchResult.Found.class);
    }
    assertThat(sim.stats().tokenRequests()).isEqualTo(2);
    assertThat(sim.stats().unauthorized()).isZero();
  }

  @Test
  void aRevokedTokenIsReplacedOnceOn401AndTheRequestRepeatedOnce() {
    try (var client = TestClients.forSimulator(sim).build()) {
      fetch(client);
      sim.revokeTokens();
      assertThat(fetch(client)).isInstanceOf(FetchResult.Found.class);
      assertThat(client.requestCounts().retried()).isEqualTo(1);
      assertThat(client.requestCounts().sent()).isEqualTo(3);
    }
    assertThat(sim.stats().tokenRequests()).isEqualTo(2);
    assertThat(sim.stats().unauthorized()).isEqualTo(1);
  }

  @Test
  void thirtyTwoThreadsStartingAtOnceShareOneTokenRequest() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try (var client = TestClients.forSimulator(sim).build()) {
      var start = new CountDownLatch(1);
      List<Future<FetchResult<CharacterProfile>>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return fetch(client);
                }));
      }
      start.countDown();
      for (var result : results) {
        assertThat(result.get()).isInstanceOf(FetchResult.Found.class);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(sim.stats().tokenRequests()).isEqualTo(1);
    assertThat(sim.stats().profileRequests()).isEqualTo(32);
  }

  @Test
  void rejectedCredentialsAreFatalAndDoNotRepeatTheSecret() {
    String wrongSecret = "wrong-secret-7Hq2";
    try (var client = TestClients.forSimulator(sim).clientSecret(wrongSecret).build()) {
      assertThatThrownBy(() -> fetch(client))
          .isInstanceOf(CredentialsRejectedException.class)
          .hasMessageContaining("rejected the client credentials")
          .hasMessageNotContaining(wrongSecret)
          .hasMessageNotContaining(sim.clientSecret());
      assertThat(client.requestCounts().sent()).isZero();
    }
    assertThat(sim.stats().profileRequests()).isZero();
  }
}
