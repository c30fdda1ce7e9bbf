package dev.guildsync.bnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guildsync.core.CharacterKey;
import dev.guildsync.core.character.CharacterSyncReport;
import dev.guildsync.core.character.CharacterSyncService;
import dev.guildsync.core.character.CharacterSyncSettings;
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
 * A Battle.net host that accepts connections and never answers: every character of the run fails
 * with a timeout as its own outcome, the run completes, no data is written over, every character is
 * backed off and none stays leased. Asserted on the stored rows.
 */
class SilentHostIT {
  private BattleNetSimulator tokens;
  private ServerSocket silent;
  private final List<Socket> accepted = new CopyOnWriteArrayList<>();

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
  }

  @AfterEach
  void stop() throws IOException {
    silent.close();
    for (Socket socket : accepted) {
      socket.close();
    }
    tokens.close();
  }

  @Test
  @Timeout(60)
  void everyCharacterFailsOnItsOwnAndTheRunCompletes() {
    InMemoryStoreFixture fixture = new InMemoryStoreFixture();
    List<CharacterKey> keys =
        IntStream.range(0, 6)
            .mapToObj(i -> fixture.addCharacter(TestClients.eu("argent-dawn", "Quiet" + i)))
            .toList();
    try (BattleNetClient client =
        TestClients.forSimulator(tokens)
            .apiBaseUrl(URI.create("http://127.0.0.1:" + silent.getLocalPort()))
            .requestTimeout(Duration.ofMillis(300))
            .maxRetries(1)
            .build()) {
      CharacterSyncReport report =
          CharacterSyncService.newBuilder()
              .guildLookup(fixture.guildLookup())
              .characterStore(fixture.store())
              .profileSource(client)
              .settings(CharacterSyncSettings.newBuilder().concurrency(3).build())
              .build()
              .run();

      assertThat(report.failed()).isEqualTo(6);
      assertThat(report.updated()).isZero();
    }
    assertThat(accepted).as("the host accepted the connections").isNotEmpty();
    for (CharacterKey key : keys) {
      StoredCharacter row = fixture.read(key);
      assertThat(row.failureCount()).isEqualTo(1);
      assertThat(row.lastError()).hasValueSatisfying(e -> assertThat(e).contains("timed out"));
      assertThat(row.nextAttemptAt()).as("backed off").isPresent();
      assertThat(row.bnetCharacterId()).as("nothing made up").isEmpty();
      assertThat(row.level()).isEmpty();
    }
    Instant now = Instant.now();
    CharacterSyncSettings defaults = CharacterSyncSettings.defaults();
    assertThat(fixture.store().claimDueCharacters(defaults.dueQuery(now, now, 100)).items())
        .as("not due again before its back-off")
        .isEmpty();
    Instant later = now.plus(Duration.ofDays(2));
    assertThat(fixture.store().claimDueCharacters(defaults.dueQuery(later, later, 100)).items())
        .as("due after it, and not held by a lease")
        .hasSize(6);
  }
}
