package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
import dev.guildsync.core.outage.BattleNetOutageException;
import dev.guildsync.simulator.BattleNetSimulator;
import dev.guildsync.testing.character.InMemoryStoreFixture;
import dev.guildsync.testing.character.StoredCharacter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Battle.net as a whole not answering, on a real socket: a host that accepts connections and never
 * answers, and a port where nothing listens. Either way the run stops after a handful of requests
 * with one line naming the host, and no character is touched: no failure counted, no back-off, no
 * lease left. Asserted on the stored rows and on the connections the host saw.
 */
class SilentHostIT {
  private static final int CHARACTERS = 60;

  private BattleNetSimulator tokens;
  private ServerSocket silent;
  private final List<Socket> accepted = new CopyOnWriteArrayList<>();
  private final InMemoryStoreFixture fixture = new InMemoryStoreFixture();
  private List<CharacterKey> keys;

  @BeforeEach
  void start() throws IOException {
    tokens = BattleNetSimulator.start();
    silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              while (!silent.isClosed()) {
                try {
                  accepted.add(silent.accept()); // held open, never read, never answered
                } catch (IOException e) {
                  return;
                }
              }
            },
            "silent-host");
    acceptor.setDaemon(true);
    acceptor.start();
    keys =
        IntStream.range(0, CHARACTERS)
            .mapToObj(i -> fixture.addCharacter(TestClients.eu("argent-dawn", "Quiet" + i)))
            .toList();
  }

  @AfterEach
  void stop() throws IOException {
    silent.close();
    for (Socket socket : accepted) {
      socket.close();
    }
    tokens.close();
  }

  private BattleNetOutageException runAgainst(URI apiBaseUrl) {
    try (BattleNetClient client =
        TestClients.forSimulator(tokens)
            .apiBaseUrl(apiBaseUrl)
            .requestTimeout(Duration.ofMillis(300))
            .build()) {
      CharacterSyncService sync =
          CharacterSyncService.newBuilder()
              .guildLookup(fixture.guildLookup())
              .characterStore(fixture.store())
              .profileSource(client)
              .settings(CharacterSyncSettings.newBuilder().batchSize(20).concurrency(3).build())
              .build();
      return catchThrowableOfType(BattleNetOutageException.class, sync::run);
    }
  }

  @Test
  @Timeout(60)
  void aSilentBattleNetStopsTheRunAfterAFewRequestsAndBlamesNoCharacter() {
    URI host = URI.create("http://127.0.0.1:" + silent.getLocalPort());

    BattleNetOutageException outage = runAgainst(host);

    assertThat(outage)
        .hasMessageStartingWith("Battle.net is not answering: ")
        .hasMessageContaining(" requests timed out in a row (127.0.0.1:" + silent.getLocalPort());
    assertThat(outage.unavailable().unreachable()).isFalse();
    assertThat(outage.partialReport().items()).isZero();
    assertThat(accepted.size())
        .as("stopped after the outage rule's 8 attempts and those already in flight")
        .isBetween(8, 8 + 2 * 3);
    assertNoCharacterTouched();
  }

  @Test
  @Timeout(60)
  void anUnreachableBattleNetIsNamedAndNoCharacterIsTouched() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    BattleNetOutageException outage = runAgainst(URI.create("http://127.0.0.1:" + closedPort));

    assertThat(outage.unavailable().unreachable()).isTrue();
    assertThat(outage.unavailable().host()).isEqualTo("127.0.0.1:" + closedPort);
    assertThat(outage)
        .hasMessageStartingWith("Battle.net cannot be reached at 127.0.0.1:" + closedPort + ": ")
        .hasMessageContaining("requests in a row could not connect");
    assertNoCharacterTouched();
  }

  private void assertNoCharacterTouched() {
    for (CharacterKey key : keys) {
      StoredCharacter row = fixture.read(key);
      assertThat(row.failureCount()).as("no failure counted").isZero();
      assertThat(row.lastError()).isEmpty();
      assertThat(row.nextAttemptAt()).as("not backed off").isEmpty();
      assertThat(row.lastSyncedAt()).isEmpty();
    }
    Instant now = Instant.now();
    assertThat(
            fixture
                .store()
                .claimDueCharacters(CharacterSyncSettings.defaults().dueQuery(now, now, 100))
                .items())
        .as("every character due at once, none held by a lease")
        .hasSize(CHARACTERS);
  }
}
